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
    expect(failure('help')).toContain('/news subscribe <topics>');
    const unknown = failure('subscrbe summits');
    expect(unknown.split('\n')[0]).toBe('"subscrbe" is not a /news command.');
    expect(unknown).toContain('/news feeds list');
    expect(failure('search')).toMatch(/^Tell me what to search for.*\nUsage: \/news search/u);
    expect(failure('search putin schedule:daily')).toMatch(/^\/news search does not take schedule: — it takes query:, topic:, since:\./u);
    expect(failure('topics extra words')).toMatch(/^\/news topics takes no arguments, but got "extra words"\./u);
    expect(failure('feeds delete 3')).toMatch(/^"delete" is not a feeds action; use list, add or remove\./u);
    expect(failure('feeds add')).toMatch(/^Give the feed URL to add\.\nUsage: \/news feeds add/u);
    expect(failure('feeds remove')).toMatch(/^Give the feed id or URL to remove/u);
    expect(failure('subscribe topics:summits topics:arms-control')).toMatch(/^topics is given twice/u);
    expect(failure('subscribe topics:summits Europe/Berlin UTC')).toMatch(/^timezone is given twice/u);
    expect(failure('quotes "Peskow')).toMatch(/^The quote opened with " is not closed; close it or remove it\.\nUsage/u);
  });
});
