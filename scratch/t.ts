import { renderTopicTrendImage, daysBetween } from '../src/render/chart/index.js';
const days = daysBetween('2024-05-01', '2024-05-30');
const counts = days.flatMap((day, i) => [{ day, topic: 'summits', count: i % 5 }, { day, topic: 'arms-control', count: (i * 7) % 4 }]);
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const img = await renderTopicTrendImage(counts, { days, title: 'Stories per topic, last 30 days', filename: 'trend summits', label: (id) => id });
  console.log((performance.now() - t0).toFixed(1), img.filename, img.width, img.height, img.png.length, img.altText);
  (await import('node:fs')).writeFileSync('/tmp/trend.png', img.png);
}
