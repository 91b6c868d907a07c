import { renderSvgToPng } from './png.js';
import { renderChartSvg } from './svg.js';
import { topicTrendSpec, type TopicDayCount, type TopicTrendOptions } from './spec.js';

/** A chart ready for chat: what the Discord and Slack senders upload. */
export interface ChartImage {
  /** Safe file name, e.g. "trend-summits-30d.png". */
  filename: string;
  png: Buffer;
  width: number;
  height: number;
  /** One line above the image. Plain text: each sender escapes it for its platform. */
  title: string;
  /** Describes the image for screen readers (Discord attachment description, Slack alt text). */
  altText: string;
}

const ALT_TEXT_LIMIT = 1000;

/** Plain-text summary of a trend for alt text: totals per topic and the busiest day. */
export function describeTrend(counts: TopicDayCount[], label: (id: string) => string = (id) => id): string {
  const totals = new Map<string, number>();
  let busiest: TopicDayCount | null = null;
  for (const c of counts) {
    totals.set(c.topic, (totals.get(c.topic) ?? 0) + c.count);
    if (!busiest || c.count > busiest.count) busiest = c;
  }
  const parts = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([topic, n]) => `${label(topic)} ${n}`);
  if (parts.length === 0) return 'No stories in this range.';
  const peak = busiest ? ` Busiest day: ${busiest.day} (${label(busiest.topic)}, ${busiest.count}).` : '';
  return `Stories per topic: ${parts.join(', ')}.${peak}`.slice(0, ALT_TEXT_LIMIT);
}

/** The trend chart as a PNG for chat (same spec as the dashboard's chart, without links). */
export async function renderTopicTrendImage(
  counts: TopicDayCount[],
  options: Omit<TopicTrendOptions, 'link'> & { filename: string; scale?: number },
): Promise<ChartImage> {
  const svg = await renderChartSvg(topicTrendSpec(counts, { ...options, link: undefined }));
  const image = renderSvgToPng(svg, options.scale ?? 2);
  const safeName = options.filename.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
  return {
    filename: safeName.endsWith('.png') ? safeName : `${safeName}.png`,
    ...image,
    title: options.title,
    altText: `${options.title}. ${describeTrend(counts, options.label)}`.slice(0, ALT_TEXT_LIMIT),
  };
}
