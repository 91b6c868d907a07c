import { describe, expect, it } from 'vitest';
import { parseSlackCommandText } from '../../../src/chat/index.js';

function request(text: string) {
  const parsed = parseSlackCommandText(text);
  if (!parsed.ok) throw new Error(`expected "${text}" to parse, got: ${parsed.message}`);
  return parsed.request;
}

function failure(text: string): string {
  const parsed = parseSlackCommandText(text);
  if (parsed.ok) throw new Error(`expected "${text}" to fail, got ${JSON.stringify(parsed.request)}`);
  return parsed.message;
}

describe('/news text parser', () => {
  it('reads the positional subscribe form from the issue', () => {
    expect(request('subscribe summits,arms-control daily 08:00 Europe/Berlin')).toEqual({
      name: 'subscribe',
      options: { topics: 'summits,arms-control', schedule: 'daily 08:00', timezone: 'Europe/Berlin' },
    });
  });

  it('reads key:value options, quoted values and mode/language words', () => {
    expect(request('subscribe topics:summits,arms-control')).toEqual({ name: 'subscribe', options: { topics: 'summits,arms-control' } });
    expect(request('subscribe topics: "summits, arms-control" schedule:"0 7 * * 1-5" tz:America/New_York instant de')).toEqual({
      name: 'subscribe',
      options: { topics: 'summits, arms-control', schedule: '0 7 * * 1-5', timezone: 'America/New_York', mode: 'instant', language: 'de' },
    });
    expect(request('Subscribe summits, arms-control weekly mon 9:30 UTC')).toEqual({
      name: 'subscribe',
      options: { topics: 'summits,arms-control', schedule: 'weekly mon 9:30', timezone: 'UTC' },
    });
  });

  it('covers every subcommand', () => {
    expect(request('unsubscribe arms-control')).toEqual({ name: 'unsubscribe', options: { topics: 'arms-control' } });
    expect(request('unsubscribe')).toEqual({ name: 'unsubscribe', options: {} });
    expect(request('subscriptions')).toEqual({ name: 'subscriptions', options: {} });
    expect(request('digest')).toEqual({ name: 'digest', options: {} });
    expect(request('search Putin Gipfeltreffen topic:summits since:yesterday')).toEqual({
      name: 'search',
      options: { query: 'Putin Gipfeltreffen', topic: 'summits', since: 'yesterday' },
    });
    expect(request('quotes “Dmitri Peskow” since:7d')).toEqual({ name: 'quotes', options: { speaker: 'Dmitri Peskow', since: '7d' } });
    expect(request('quotes')).toEqual({ name: 'quotes', options: {} });
    expect(request('topics')).toEqual({ name: 'topics', options: {} });
    expect(request('feeds')).toEqual({ name: 'feeds', action: 'list', options: {} });
    expect(request('feeds list')).toEqual({ name: 'feeds', action: 'list', options: {} });
    expect(request('feeds add https://example.org/rss.xml "Example News"')).toEqual({
      name: 'feeds',
      action: 'add',
      options: { url: 'https://example.org/rss.xml', name: 'Example News' },
    });
    expect(request('feeds remove 12')).toEqual({ name: 'feeds', action: 'remove', options: { feed: '12' } });
  });

  it('undoes Slack escaping of links and entities', () => {
    expect(request('feeds add <https://example.org/rss?a=1&amp;b=2|example.org/rss> Tom &amp; Jerry')).toEqual({
      name: 'feeds',
      action: 'add',
      options: { url: 'https://example.org/rss?a=1&b=2', name: 'Tom & Jerry' },
    });
  });

  it('answers bad input with one sentence naming the problem and the usage', () => {
    expect(failure('')).toMatch(/^Usage/u);
    expect(failure('help')).toContain('/news subscribe [topics|feed URL] [schedule…] [feeds:feeds] [timezone:zone] [mode:digest|instant]');
    expect(failure('help subscribe')).toMatch(
      /^Usage: \/news subscribe .*E\.g\. \/news subscribe topics:summits,arms-control schedule:daily 08:00 timezone:Europe\/Berlin$/u,
    );
    const unknown = failure('subscrbe summits');
    expect(unknown.split('\n')[0]).toBe('"subscrbe" is not a /news command.');
    expect(unknown).toContain('/news feeds list');
    expect(failure('search')).toMatch(/^\/news search needs query: \(words to look for\)\.\nUsage: \/news search/u);
    expect(failure('search putin schedule:daily')).toMatch(/^\/news search does not take schedule: — it takes query:, topic:, since:\./u);
    expect(failure('topics extra words')).toMatch(/^\/news topics takes no arguments, but got "extra words"\./u);
    expect(failure('feeds delete 3')).toMatch(/^"delete" is not a feeds action; use list, add, remove or enable\./u);
    expect(failure('feeds add')).toMatch(/^\/news feeds add needs url: .*\nUsage: \/news feeds add/u);
    expect(failure('feeds remove')).toMatch(/^\/news feeds remove needs feed:/u);
    expect(failure('feeds import')).toMatch(/^\/news feeds import works in Discord only/u);
    expect(failure('subscribe topics:summits mention:123')).toMatch(/^mention: works in Discord only/u);
    expect(failure('subscribe topics:summits topics:arms-control')).toMatch(/^topics is given twice/u);
    expect(failure('subscribe topics:summits Europe/Berlin UTC')).toMatch(/^timezone is given twice/u);
    expect(failure('subscribe topics:summits tz:UTC timezone:UTC')).toMatch(/^timezone is given twice/u);
    expect(failure('quotes "Peskow')).toMatch(/^The quote opened with " is not closed; close it or remove it\.\nUsage/u);
  });
});

describe('one /news grammar (issue 16, item 6)', () => {
  it('reads the README example as written: key:value values run on over their words', () => {
    expect(request('subscribe topics:summits,arms-control schedule:daily 08:00 timezone:Europe/Berlin')).toEqual({
      name: 'subscribe',
      options: { topics: 'summits,arms-control', schedule: 'daily 08:00', timezone: 'Europe/Berlin' },
    });
    expect(request('subscribe topics:summits schedule:weekly mon 08:00 Europe/Berlin instant')).toEqual({
      name: 'subscribe',
      options: { topics: 'summits', schedule: 'weekly mon 08:00', timezone: 'Europe/Berlin', mode: 'instant' },
    });
  });

  it('takes the option names Discord and the CLI use, and their aliases', () => {
    expect(request('subscribe topics:summits tz:UTC lang:de')).toEqual({ name: 'subscribe', options: { topics: 'summits', timezone: 'UTC', language: 'de' } });
    expect(request('search query:nato summit since:"this week"')).toEqual({ name: 'search', options: { query: 'nato summit', since: 'this week' } });
  });

  it('reads feeds, filters and threads', () => {
    expect(request('subscribe https://example.org/rss.xml instant threads exclude:football, "transfer window" min-sources:2 languages:de,en')).toEqual({
      name: 'subscribe',
      options: {
        feeds: 'https://example.org/rss.xml',
        mode: 'instant',
        threads: 'true',
        exclude: 'football,transfer window',
        'min-sources': '2',
        languages: 'de,en',
      },
    });
    expect(request('subscribe summits feed:3,4 include:Putin')).toEqual({ name: 'subscribe', options: { topics: 'summits', feeds: '3,4', include: 'Putin' } });
    expect(request('preview summits exclude:sport')).toEqual({ name: 'preview', options: { topics: 'summits', exclude: 'sport' } });
    expect(request('why https://example.org/a')).toEqual({ name: 'why', options: { article: 'https://example.org/a' } });
    expect(request('feeds enable 3')).toEqual({ name: 'feeds', action: 'enable', options: { feed: '3' } });
    expect(request('unsubscribe feed:3')).toEqual({ name: 'unsubscribe', options: { feeds: '3' } });
  });
});
