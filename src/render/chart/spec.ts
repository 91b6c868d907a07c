import type { TopLevelSpec } from 'vega-lite';

/**
 * Chart specifications (Vega-Lite) for the trends the dashboard shows and the
 * PNG chat posts carry. One spec feeds both: the web page gets points that link
 * to the stories behind them; the PNG gets the same chart without links.
 * Days are UTC calendar days written YYYY-MM-DD.
 */

export interface TopicDayCount {
  day: string;
  topic: string;
  count: number;
}

export interface FeedDayCount {
  day: string;
  feed: string;
  count: number;
}

export interface ChartSize {
  width: number;
  height: number;
}

/** The family charts are drawn in; the PNG renderer loads it from the package, the web page serves it. */
export const CHART_FONT_FAMILY = 'Inter';
export const DEFAULT_CHART_SIZE: ChartSize = { width: 720, height: 320 };

/** Colours chosen for at least 3:1 contrast against white (WCAG non-text contrast) and for colour-blind readers. */
const PALETTE = ['#1f5fa8', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#475569'];

const CONFIG = {
  font: CHART_FONT_FAMILY,
  background: '#ffffff',
  view: { stroke: '#d4d4d8' },
  axis: {
    labelColor: '#27272a',
    titleColor: '#18181b',
    gridColor: '#e4e4e7',
    domainColor: '#52525b',
    tickColor: '#52525b',
    labelFontSize: 11,
    titleFontSize: 12,
  },
  legend: { labelColor: '#27272a', titleColor: '#18181b', labelFontSize: 11, titleFontSize: 12, labelLimit: 220 },
  title: { color: '#18181b', fontSize: 14, anchor: 'start' as const },
  range: { category: PALETTE },
};

/** Every day from `from` to `to` inclusive (YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length < 3660; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export interface TopicTrendOptions extends Partial<ChartSize> {
  title: string;
  /** Every day of the range, so a topic with no story that day shows 0 instead of a gap. */
  days: string[];
  /** Display label for a topic id. */
  label?: (topicId: string) => string;
  /** Where a point links to (the stories behind it); left out for the PNG. */
  link?: (point: TopicDayCount) => string;
}

/** Stories per topic per day: one line per topic, a point per day. */
export function topicTrendSpec(counts: TopicDayCount[], options: TopicTrendOptions): TopLevelSpec {
  const label = options.label ?? ((id: string) => id);
  const byKey = new Map(counts.map((c) => [`${c.topic}\u0000${c.day}`, c.count]));
  const topics = [...new Set(counts.map((c) => c.topic))].sort();
  const values = topics.flatMap((topic) =>
    options.days.map((day) => {
      const point = { day, topic, count: byKey.get(`${topic}\u0000${day}`) ?? 0 };
      return {
        ...point,
        label: label(topic),
        ...(options.link ? { href: options.link(point) } : {}),
        description: `${label(topic)}, ${day}: ${point.count} ${point.count === 1 ? 'story' : 'stories'}`,
      };
    }),
  );
  const x = {
    field: 'day',
    type: 'temporal' as const,
    timeUnit: 'utcyearmonthdate' as const,
    title: 'Day (UTC)',
    axis: { format: '%d %b', labelOverlap: true },
  };
  const y = { field: 'count', type: 'quantitative' as const, title: 'Stories', axis: { tickMinStep: 1 } };
  const color = { field: 'label', type: 'nominal' as const, title: 'Topic' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title,
    description: options.title,
    width: options.width ?? DEFAULT_CHART_SIZE.width,
    height: options.height ?? DEFAULT_CHART_SIZE.height,
    config: CONFIG,
    data: { values },
    layer: [
      { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color } },
      {
        mark: { type: 'point', filled: true, size: 60, opacity: 1 },
        encoding: {
          x,
          y,
          color,
          description: { field: 'description' },
          ...(options.link ? { href: { field: 'href' } } : {}),
        },
      },
    ],
  };
}

export interface FeedVolumeOptions extends Partial<ChartSize> {
  title: string;
  days: string[];
}

/** Articles per feed per day as stacked bars. */
export function feedVolumeSpec(counts: FeedDayCount[], options: FeedVolumeOptions): TopLevelSpec {
  const values = counts.map((c) => ({ ...c, description: `${c.feed}, ${c.day}: ${c.count} ${c.count === 1 ? 'article' : 'articles'}` }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title,
    description: options.title,
    width: options.width ?? DEFAULT_CHART_SIZE.width,
    height: options.height ?? Math.round(DEFAULT_CHART_SIZE.height * 0.75),
    config: CONFIG,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'day',
        type: 'ordinal',
        title: 'Day (UTC)',
        scale: { domain: options.days },
        axis: { labelAngle: -45, labelExpr: 'slice(datum.value, 5)', labelOverlap: true },
      },
      y: { aggregate: 'sum', field: 'count', type: 'quantitative', title: 'Articles', axis: { tickMinStep: 1 } },
      color: { field: 'feed', type: 'nominal', title: 'Feed' },
      description: { field: 'description' },
    },
  };
}
