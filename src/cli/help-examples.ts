import type { Command } from 'commander';

/**
 * One or two runnable examples per command, shown at the end of its --help.
 * Keyed by the command path ("feeds enable"); a test checks every command has one.
 */
export const HELP_EXAMPLES: Record<string, string[]> = {
  '': ['news-digest check-config', 'news-digest demo', 'news-digest --config ./news-digest.config.yaml run'],
  demo: ['news-digest demo', 'news-digest demo --keep-db   # then: news-digest --db ./data/demo.db articles'],
  run: ['news-digest run', 'LOG_LEVEL=debug news-digest --config /etc/news-digest.yaml run'],
  poll: ['news-digest poll', 'news-digest poll --json'],
  analyze: ['news-digest analyze examples/feeds/tagesblick.xml', 'news-digest analyze --json article.txt https://example.org/feed.xml'],
  articles: ['news-digest articles --topic summits --since 2026-03-01', 'news-digest articles --query "Gipfeltreffen" --limit 5'],
  subscribe: [
    'news-digest subscribe --platform console --channel stdout --topics summits,arms-control',
    'news-digest subscribe --platform slack --channel C0123456789 --topics trade --schedule "daily 08:00" --timezone Europe/Berlin',
    'news-digest subscribe --platform discord --channel 123456789012345678 --feeds 3,7 --exclude "football,transfer" --mode instant',
  ],
  unsubscribe: ['news-digest unsubscribe 3'],
  resume: ['news-digest resume 3'],
  subscriptions: ['news-digest subscriptions', 'news-digest subscriptions --json'],
  feeds: ['news-digest feeds', 'news-digest feeds --json', 'news-digest feeds enable 3'],
  'feeds list': ['news-digest feeds list --json'],
  'feeds enable': ['news-digest feeds enable 3'],
  'feeds remove': ['news-digest feeds remove 7', 'news-digest feeds remove 7 --workspace 123456789012345678'],
  'feeds add': ['news-digest feeds add https://example.org/rss.xml --name "Example News"', 'news-digest feeds add https://example.org/ --workspace T0123ABCD'],
  'feeds import': ['news-digest feeds import subscriptions.opml', 'news-digest feeds import team.opml --workspace T0123ABCD'],
  'feeds export': ['news-digest feeds export > feeds.opml', 'news-digest feeds export --workspace 123456789012345678'],
  digest: ['news-digest digest 3 --dry-run', 'news-digest digest --all', 'news-digest digest --preview --topics summits --exclude football'],
  search: ['news-digest search Gipfeltreffen --since 7d', 'news-digest search "arms race" --topic arms-control'],
  quotes: ['news-digest quotes Peskow', 'news-digest quotes --topic summits --since 7d'],
  why: ['news-digest why https://example.org/news/summit-talks', 'news-digest why 42 --subscription 3 --json'],
  'check-config': ['news-digest check-config', 'news-digest --config ./prod.yaml check-config --json'],
  'register-commands': ['news-digest register-commands --guild 123456789012345678', 'news-digest register-commands --global'],
  backup: ['news-digest backup ./backups/news-digest-$(date +%F).db'],
  prune: ['news-digest prune', 'news-digest prune --days 30'],
  healthcheck: ['news-digest healthcheck   # exit 0 when /healthz on http.port answers'],
};

export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current?.parent; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

/** Adds "Examples:" to the help of every command that has some, recursively. */
export function addHelpExamples(command: Command): void {
  const examples = HELP_EXAMPLES[commandPath(command)];
  if (examples) command.addHelpText('after', `\nExamples:\n${examples.map((line) => `  $ ${line}`).join('\n')}\n`);
  for (const sub of command.commands) addHelpExamples(sub);
}
