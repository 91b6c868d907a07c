import { topicLabel } from '../../core/index.js';
import {
  daysBetween,
  feedVolumeSpec,
  renderChartSvg,
  renderTopicTrendImage,
  topicTrendSpec,
  type ChartImage,
  type TopicDayCount,
} from '../../render/chart/index.js';
import type { FeedDayVolume, TopicSpeaker } from '../../store/index.js';
import type { WebDeps } from './deps.js';
import { utcDay } from './format.js';

/** The Trends page's data and charts: stories per topic per day, top speakers per topic, feed volume. */

export const TREND_RANGES = [7, 30, 90, 365] as const;
export const DEFAULT_TREND_DAYS = 30;
const DAY_MS = 86_400_000;

export interface TrendSelection {
  days: number;
  topics: string[];
}

export interface TrendData {
  selection: TrendSelection;
  days: string[];
  counts: TopicDayCount[];
  speakers: TopicSpeaker[];
  volume: FeedDayVolume[];
  trendSvg: string;
  volumeSvg: string;
}

export function readTrendSelection(days: string | undefined, topics: string[], known: Set<string>): TrendSelection {
  const n = Number(days);
  return {
    days: Number.isInteger(n) && n >= 1 && n <= 365 ? n : DEFAULT_TREND_DAYS,
    topics: topics.filter((t) => known.has(t)).slice(0, 20),
  };
}

/** Whole UTC days ending today: [first day 00:00, tomorrow 00:00). */
export function trendRange(now: Date, days: number): { since: Date; until: Date; dayList: string[] } {
  const today = Date.parse(`${utcDay(now)}T00:00:00Z`);
  const since = new Date(today - (days - 1) * DAY_MS);
  const until = new Date(today + DAY_MS);
  return { since, until, dayList: daysBetween(utcDay(since), utcDay(now)) };
}

const storiesLink = (point: TopicDayCount): string => `/stories?topic=${encodeURIComponent(point.topic)}&day=${point.day}`;

export async function loadTrends(deps: WebDeps, selection: TrendSelection): Promise<TrendData> {
  const { since, until, dayList } = trendRange(deps.now(), selection.days);
  const filter = { since, until, ...(selection.topics.length > 0 ? { topics: selection.topics } : {}) };
  const [rows, speakers, volume] = await Promise.all([
    deps.store.storiesPerTopicPerDay(filter),
    deps.store.topSpeakersPerTopic({ ...filter, perTopic: 5 }),
    deps.store.feedVolumePerDay({ since, until }),
  ]);
  const counts = rows.map((r) => ({ day: r.day, topic: r.topicId, count: r.stories }));
  const label = (id: string) => topicLabel(deps.taxonomy, id, 'en');
  const [trendSvg, volumeSvg] = await Promise.all([
    renderChartSvg(topicTrendSpec(counts, { title: `Stories per topic per day, last ${selection.days} days`, days: dayList, label, link: storiesLink })),
    renderChartSvg(
      feedVolumeSpec(
        volume.map((v) => ({ day: v.day, feed: v.source, count: v.articles })),
        { title: `Articles per feed per day, last ${selection.days} days`, days: dayList },
      ),
    ),
  ]);
  return { selection, days: dayList, counts, speakers, volume, trendSvg, volumeSvg };
}

/** The same trend as a PNG, for chat (`/news trends`) and the page's download link. */
export async function trendImage(deps: WebDeps, selection: TrendSelection): Promise<ChartImage> {
  const { since, until, dayList } = trendRange(deps.now(), selection.days);
  const rows = await deps.store.storiesPerTopicPerDay({ since, until, ...(selection.topics.length > 0 ? { topics: selection.topics } : {}) });
  const label = (id: string) => topicLabel(deps.taxonomy, id, 'en');
  const name = selection.topics.length === 1 ? selection.topics[0]! : 'topics';
  return renderTopicTrendImage(
    rows.map((r) => ({ day: r.day, topic: r.topicId, count: r.stories })),
    { title: `Stories per topic per day, last ${selection.days} days`, days: dayList, label, filename: `trend-${name}-${selection.days}d` },
  );
}
