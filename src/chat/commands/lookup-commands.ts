import { findChannelSubscription } from './channel-subscription.js';
import { CommandError } from './errors.js';
import { formatWhen, infoReply } from './reply.js';
import { parseSince } from './since.js';
import { listTopics, resolveTopic } from './topic-catalog.js';
import type { Caller, CommandDeps, CommandReply, ReplyLine } from './types.js';
import { OPTIONS } from './options.js';
import type { OptionReader } from './read.js';
import { scopeOfCaller } from './workspace-feeds.js';

const visibility = (caller: Caller) => {
  const scope = scopeOfCaller(caller);
  return scope ? { visibleTo: scope } : {};
};

/** Replies list at most this many hits: enough to be useful, small enough for one message on every platform. */
export const LOOKUP_LIMIT = 10;

/** Calendar phrases ("today") use the channel's digest time zone when it has one. */
async function callerTimeZone(caller: Caller, deps: CommandDeps): Promise<string> {
  return (await findChannelSubscription(deps.store, caller))?.timezone ?? deps.defaults.timezone;
}

async function lookupFilters(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<{ topic?: string; since?: Date; timeZone: string }> {
  const timeZone = await callerTimeZone(caller, deps);
  const topicText = read(OPTIONS.topic);
  const sinceText = read(OPTIONS.since);
  const topic = topicText === undefined ? undefined : resolveTopic(topicText, listTopics(deps.taxonomy));
  const since = sinceText === undefined ? undefined : parseSince(sinceText, deps.now(), timeZone);
  return { timeZone, ...(topic === undefined ? {} : { topic }), ...(since === undefined ? {} : { since }) };
}

function describeFilters(filters: { topic?: string; since?: Date; timeZone: string }): string {
  const parts: string[] = [];
  if (filters.topic !== undefined) parts.push(`topic ${filters.topic}`);
  if (filters.since !== undefined) parts.push(`since ${formatWhen(filters.since, filters.timeZone)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

export async function search(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const query = read(OPTIONS.query) ?? '';
  if (query === '') throw new CommandError('Say what to look for, e.g. /news search query:Gipfeltreffen.');
  const filters = await lookupFilters(read, caller, deps);
  const articles = await deps.store.findArticles({
    text: query,
    limit: LOOKUP_LIMIT,
    ...visibility(caller),
    ...(filters.topic === undefined ? {} : { topic: filters.topic }),
    ...(filters.since === undefined ? {} : { since: filters.since }),
  });
  if (articles.length === 0) {
    return infoReply(`Search: ${query}`, [
      { text: `No stored articles match "${query}"${describeFilters(filters)}; try fewer words or a longer since (e.g. since:7d).` },
    ]);
  }
  const lines: ReplyLine[] = articles.map((article) => ({
    text: article.title,
    url: article.url ?? article.canonicalUrl,
    detail: [article.source, formatWhen(article.publishedAt, filters.timeZone), article.analysis.summary].filter((part) => part !== '').join(' · '),
  }));
  return infoReply(`Search: ${query}${describeFilters(filters)}`, lines);
}

/**
 * People type names in lower case in chat; the speaker index is built from
 * names as written in articles, so capitalise each word before matching.
 */
function speakerQuery(typed: string): string {
  return typed.replace(/(^|[\s-])(\p{Ll})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

export async function quotes(read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const speaker = read(OPTIONS.speaker) ?? '';
  const filters = await lookupFilters(read, caller, deps);
  const hits = await deps.store.findQuotes({
    limit: LOOKUP_LIMIT,
    ...visibility(caller),
    ...(speaker === '' ? {} : { speaker: speakerQuery(speaker) }),
    ...(filters.topic === undefined ? {} : { topic: filters.topic }),
    ...(filters.since === undefined ? {} : { since: filters.since }),
  });
  const who = speaker === '' ? '' : ` by ${speaker}`;
  if (hits.length === 0) {
    return infoReply(`Quotes${who}`, [
      { text: `No stored quotes${who}${describeFilters(filters)}; try another spelling of the name or a longer since (e.g. since:7d).` },
    ]);
  }
  const lines: ReplyLine[] = hits.map((hit) => ({
    text: hit.title,
    url: hit.url,
    quote: hit.quote.text,
    detail: [hit.quote.speaker ?? 'unattributed', hit.source, formatWhen(hit.publishedAt, filters.timeZone)].join(' · '),
  }));
  return infoReply(`Quotes${who}${describeFilters(filters)}`, lines);
}

export function topics(deps: CommandDeps, language = 'en'): CommandReply {
  const lines = listTopics(deps.taxonomy, language).map((topic) => ({
    text: topic.id,
    detail: topic.label.toLowerCase() === topic.id.replace(/-/g, ' ') ? topic.description : `${topic.label} — ${topic.description}`,
  }));
  return infoReply(`Topics (${lines.length})`, lines);
}
