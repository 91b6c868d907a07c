import type { PollReport } from './poll.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "; recovered: <first error>" when the forgiving parser had to read the feed. */
function recoveredNote(report: PollReport): string {
  return report.recovered ? `; recovered: ${report.recovered}` : '';
}

/** One line per feed for the CLI: outcome, name, URL and counts or the failure reason. */
export function formatPollReport(report: PollReport): string {
  const head = `${report.outcome.toUpperCase().replace('_', ' ')}  ${report.name} <${report.url}>`;
  switch (report.outcome) {
    case 'new': {
      const parts = [`${report.newArticles} new`, `${report.updatedArticles} updated`];
      if (report.skippedItems > 0) parts.push(`${plural(report.skippedItems, 'broken item')} skipped`);
      return `${head}: ${parts.join(', ')}${recoveredNote(report)}`;
    }
    case 'unchanged':
      return `${head}: nothing new${report.parsed ? '' : ' (same body as last time, not parsed)'}${report.skippedItems > 0 ? `, ${plural(report.skippedItems, 'broken item')} skipped` : ''}${recoveredNote(report)}`;
    case 'not_modified':
      return `${head}: not modified (HTTP 304)`;
    case 'failed':
      return `${head}: ${report.error ?? 'failed'}${report.disabled ? ' — feed disabled; re-enable it once fixed' : ''}`;
    case 'skipped':
      return `${head}: skipped, ${report.error ?? 'not due'}`;
  }
}
