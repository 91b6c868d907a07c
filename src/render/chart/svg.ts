import { parse, View, type Loader } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Server-side SVG from a Vega-Lite spec. Vega's SVG string renderer escapes
 * every text and attribute value, wraps points that carry `href` in links (so
 * a chart is clickable without any script), and writes ARIA labels from the
 * `description` channel. Charts carry their data inline: the loader refuses
 * anything else, so rendering never touches the network or the disk.
 */

const refusingLoader = {
  load: () => Promise.reject(new Error('Charts carry their data inline; loading is disabled.')),
  sanitize: () => Promise.reject(new Error('Charts carry their data inline; loading is disabled.')),
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
