import type { CommandName } from '../commands/index.js';

/** One usage line per subcommand, shown after a parse error and for `/news help`. */
export const USAGE: Record<CommandName | 'feeds add' | 'feeds remove' | 'feeds list', string> = {
  subscribe:
    '/news subscribe <topics> [schedule] [time zone] [digest|instant] [language] — e.g. /news subscribe summits,arms-control daily 08:00 Europe/Berlin',
  unsubscribe: '/news unsubscribe [topics] — without topics the whole subscription is removed',
  subscriptions: "/news subscriptions — this channel's subscription",
  digest: '/news digest — preview the next digest for this channel',
  search: '/news search <words> [topic:ID] [since:yesterday] — e.g. /news search Gipfeltreffen topic:summits',
  quotes: '/news quotes [speaker] [topic:ID] [since:7d] — e.g. /news quotes "Dmitri Peskow"',
  topics: '/news topics — the topics you can follow',
  feeds: '/news feeds list | add <url> [name] | remove <feed id or url>',
  'feeds add': '/news feeds add <url> [name] — e.g. /news feeds add https://example.org/rss.xml "Example News"',
  'feeds remove': '/news feeds remove <feed id or url>',
  'feeds list': '/news feeds list',
};

export function fullUsage(): string {
  const names: Array<keyof typeof USAGE> = ['subscribe', 'unsubscribe', 'subscriptions', 'digest', 'search', 'quotes', 'topics', 'feeds'];
  return ['Usage (key:value options work too, e.g. topics:summits,arms-control timezone:Europe/Berlin):', ...names.map((n) => `• ${USAGE[n]}`)].join('\n');
}
