import type { HttpBindings } from '@hono/node-server';
import type { Session } from './security.js';

/** The Hono environment of the dashboard: node:http bindings and the request's session. */
export type WebEnv = { Bindings: HttpBindings; Variables: { session: Session } };
