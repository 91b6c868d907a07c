export {
  CHART_FONT_FAMILY,
  DEFAULT_CHART_SIZE,
  daysBetween,
  feedVolumeSpec,
  topicTrendSpec,
  type ChartSize,
  type FeedDayCount,
  type FeedVolumeOptions,
  type TopicDayCount,
  type TopicTrendOptions,
} from './spec.js';
export { renderChartSvg } from './svg.js';
export { CHART_FONT_FILES, renderSvgToPng, type PngImage } from './png.js';
export { describeTrend, renderTopicTrendImage, type ChartImage } from './image.js';
