import { parse, View, type Loader } from 'vega';
import { compile as compileVegaLite, type TopLevelSpec } from 'vega-lite';

/**
 * vega-lite installs Set.prototype.toJSON for its own hashing when it loads.
 * Left in place it changes JSON.stringify of every Set in the process and
 * breaks discord.js loaded after it (its primordials shim calls each Set
 * method). Keep it out of the global prototype except during a compile, which
 * is synchronous, so no other code ever sees it.
 */
const vegaLiteSetToJson = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
if (vegaLiteSetToJson) delete (Set.prototype as { toJSON?: unknown }).toJSON;

function compile(spec: TopLevelSpec): ReturnType<typeof compileVegaLite> {
  if (vegaLiteSetToJson) Object.defineProperty(Set.prototype, 'toJSON', vegaLiteSetToJson);
  try {
    return compileVegaLite(spec);
  } finally {
    if (vegaLiteSetToJson) delete (Set.prototype as { toJSON?: unknown }).toJSON;
  }
}

/**
 * Server-side SVG from a Vega-Lite spec. Vega's SVG string renderer escapes
 * every text and attribute value, wraps points that carry `href` in links (so
 * a chart is clickable without any script), and writes ARIA labels from the
 * `description` channel. Charts carry their data inline: the loader refuses
 * anything else, so rendering never touches the network or the disk.
 */

/** Point links may only lead to a path on the dashboard itself. */
export const isLocalPath = (uri: unknown): boolean => typeof uri === 'string' && uri.startsWith('/') && !uri.startsWith('//') && !uri.includes('\\');

const refusingLoader = {
  load: () => Promise.reject(new Error('Charts carry their data inline; loading is disabled.')),
  // Vega asks the loader to vet every link before writing it; anything but a local path becomes inert.
  sanitize: (uri: unknown) => Promise.resolve({ href: isLocalPath(uri) ? uri : '#' }),
  http: () => Promise.reject(new Error('Charts carry their data inline; loading is disabled.')),
  file: () => Promise.reject(new Error('Charts carry their data inline; loading is disabled.')),
} as unknown as Loader;

export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const vegaSpec = compile(spec).spec;
  const view = new View(parse(vegaSpec), { renderer: 'none', loader: refusingLoader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
