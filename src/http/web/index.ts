import { getRequestListener } from '@hono/node-server';
import type { RequestListener } from 'node:http';
import { createWebApp } from './app.js';
import type { WebDeps } from './deps.js';

export type { WebDeps } from './deps.js';
export { createWebApp, CONTENT_SECURITY_POLICY } from './app.js';
export { secretsEqual, SessionStore, LoginLimiter } from './security.js';
export { trendImage, loadTrends, type TrendSelection } from './trends.js';

/** The dashboard as a node:http listener, for mounting beside /healthz on the one HTTP server. */
export function webRequestListener(deps: WebDeps): RequestListener {
  const { app } = createWebApp(deps);
  return getRequestListener(app.fetch) as RequestListener;
}
