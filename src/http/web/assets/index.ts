import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CHART_FONT_FILES } from '../../../render/chart/index.js';
import { APP_CSS } from './css.js';

/** Everything the pages load, served from the package: no CDN, no third-party origin. */
export interface Asset {
  body: Uint8Array;
  type: string;
  etag: string;
}

function asset(body: Uint8Array, type: string): Asset {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` };
}

let cached: Map<string, Asset> | null = null;

export function assets(): Map<string, Asset> {
  cached ??= new Map([
    ['app.css', asset(new TextEncoder().encode(APP_CSS), 'text/css; charset=utf-8')],
    ['inter-400.ttf', asset(readFileSync(CHART_FONT_FILES.regular), 'font/ttf')],
    ['inter-700.ttf', asset(readFileSync(CHART_FONT_FILES.bold), 'font/ttf')],
  ]);
  return cached;
}
