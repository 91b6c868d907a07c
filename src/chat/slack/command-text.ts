import { isValidTimeZone } from '../../config/index.js';
import {
  COMMAND_NAMES,
  FEED_ACTIONS,
  SUPPORTED_LANGUAGES,
  type CommandName,
  type CommandOptionName,
  type CommandOptions,
  type CommandRequest,
  type FeedAction,
} from '../commands/index.js';
import { tokenize, unescapeCommandText, UnclosedQuoteError } from './command-tokens.js';
import { fullUsage, USAGE } from './command-usage.js';

/**
 * Parses `/news …` text into the platform-neutral CommandRequest. Both styles
 * work: positional (`subscribe summits,arms-control daily 08:00 Europe/Berlin`)
 * and key:value (`subscribe topics:summits,arms-control timezone:Europe/Berlin`).
 * Values stay raw strings; the shared handlers validate them.
 */

export type ParsedSlackCommand = { ok: true; request: CommandRequest } | { ok: false; message: string };

type UsageKey = keyof typeof USAGE;

const KEY_ALIASES: Record<string, CommandOptionName> = {
  topics: 'topics',
  topic: 'topic',
  schedule: 'schedule',
  timezone: 'timezone',
  tz: 'timezone',
  zone: 'timezone',
  mode: 'mode',
  language: 'language',
  lang: 'language',
  query: 'query',
  q: 'query',
  since: 'since',
  speaker: 'speaker',
  url: 'url',
  name: 'name',
  feed: 'feed',
  id: 'feed',
};

const COMMAND_ALIASES: Record<string, CommandName> = {
  sub: 'subscribe',
  unsub: 'unsubscribe',
  subs: 'subscriptions',
  list: 'subscriptions',
  quote: 'quotes',
  feed: 'feeds',
};

const ALLOWED: Record<UsageKey, CommandOptionName[]> = {
  subscribe: ['topics', 'schedule', 'timezone', 'mode', 'language'],
  unsubscribe: ['topics'],
  subscriptions: [],
  digest: [],
  search: ['query', 'topic', 'since'],
  quotes: ['speaker', 'topic', 'since'],
  topics: [],
  feeds: [],
  'feeds add': ['url', 'name'],
  'feeds remove': ['feed'],
  'feeds list': [],
};

class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: UsageKey | null,
  ) {
    super(message);
  }
}

interface SplitArgs {
  options: CommandOptions;
  positionals: string[];
}

/** Separates known `key:value` (or `key=value`) options from positional words. */
function splitArgs(tokens: string[], usage: UsageKey): SplitArgs {
  const options: CommandOptions = {};
  const positionals: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const match = /^([a-z]+)[:=](.*)$/iu.exec(token);
    const key = match ? KEY_ALIASES[match[1]!.toLowerCase()] : undefined;
    if (!match || key === undefined) {
      positionals.push(token);
      continue;
    }
    if (!ALLOWED[usage].includes(key)) {
      const allowed = ALLOWED[usage];
      const hint = allowed.length > 0 ? `it takes ${allowed.map((k) => `${k}:`).join(', ')}` : 'it takes no options';
      throw new UsageError(`/news ${usage} does not take ${match[1]}: — ${hint}.`, usage);
    }
    let value = match[2]!;
    // `topics: summits` — the value is the next word.
    if (value === '' && i + 1 < tokens.length) value = tokens[++i]!;
    if (value.trim() === '') throw new UsageError(`${match[1]}: needs a value.`, usage);
    if (options[key] !== undefined) throw new UsageError(`${key} is given twice; give it once.`, usage);
    options[key] = value;
  }
  return { options, positionals };
}

function setOnce(options: CommandOptions, key: CommandOptionName, value: string, usage: UsageKey): void {
  if (value === '') return;
  if (options[key] !== undefined) throw new UsageError(`${key} is given twice (as ${key}: and as a plain word); give it once.`, usage);
  options[key] = value;
}

/** Topics may be typed "summits, arms-control": a word ending in a comma continues the list. */
function takeTopicList(words: string[]): string {
  const parts: string[] = [];
  while (words.length > 0) {
    const word = words.shift()!;
    parts.push(word);
    if (!word.endsWith(',') && !(words[0]?.startsWith(',') ?? false)) break;
  }
  return parts.join('');
}

function isTimeZoneWord(word: string): boolean {
  return (/\//u.test(word) || /^(utc|gmt)$/iu.test(word)) && isValidTimeZone(word);
}

function parseSubscribe({ options, positionals }: SplitArgs): CommandOptions {
  const words = [...positionals];
  if (options.topics === undefined && words.length > 0) options.topics = takeTopicList(words);
  const schedule: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (isTimeZoneWord(word)) setOnce(options, 'timezone', word, 'subscribe');
    else if (lower === 'digest' || lower === 'instant') setOnce(options, 'mode', lower, 'subscribe');
    else if ((SUPPORTED_LANGUAGES as readonly string[]).includes(lower)) setOnce(options, 'language', lower, 'subscribe');
    else schedule.push(word);
  }
  setOnce(options, 'schedule', schedule.join(' '), 'subscribe');
  return options;
}

function noPositionals(args: SplitArgs, usage: UsageKey): CommandOptions {
  if (args.positionals.length > 0) throw new UsageError(`/news ${usage} takes no arguments, but got "${args.positionals.join(' ').slice(0, 60)}".`, usage);
  return args.options;
}

function parseFeeds(tokens: string[]): CommandRequest {
  const [first, ...rest] = tokens;
  const action = (first?.toLowerCase() ?? 'list') as FeedAction;
  if (!(FEED_ACTIONS as readonly string[]).includes(action)) {
    throw new UsageError(`"${first}" is not a feeds action; use list, add or remove.`, 'feeds');
  }
  const usage: UsageKey = `feeds ${action}`;
  const args = splitArgs(rest, usage);
  if (action === 'list') return { name: 'feeds', action, options: noPositionals(args, usage) };
  const [target, ...more] = args.positionals;
  if (action === 'add') {
    if (target !== undefined) setOnce(args.options, 'url', target, usage);
    setOnce(args.options, 'name', more.join(' '), usage);
    if (args.options.url === undefined) throw new UsageError('Give the feed URL to add.', usage);
  } else {
    if (more.length > 0) throw new UsageError('Give one feed (its id or URL) to remove.', usage);
    if (target !== undefined) setOnce(args.options, 'feed', target, usage);
    if (args.options.feed === undefined) throw new UsageError('Give the feed id or URL to remove (see /news feeds list).', usage);
  }
  return { name: 'feeds', action, options: args.options };
}

function parseRequest(name: Exclude<CommandName, 'feeds'>, rest: string[]): CommandRequest {
  const args = splitArgs(rest, name);
  switch (name) {
    case 'subscribe':
      return { name, options: parseSubscribe(args) };
    case 'unsubscribe':
      setOnce(args.options, 'topics', args.positionals.join(''), name);
      return { name, options: args.options };
    case 'search':
      setOnce(args.options, 'query', args.positionals.join(' '), name);
      if (args.options.query === undefined) throw new UsageError('Tell me what to search for, e.g. /news search Gipfeltreffen.', name);
      return { name, options: args.options };
    case 'quotes':
      setOnce(args.options, 'speaker', args.positionals.join(' '), name);
      return { name, options: args.options };
    default:
      return { name, options: noPositionals(args, name) };
  }
}

function resolveName(word: string): CommandName | null {
  const lower = word.toLowerCase();
  if ((COMMAND_NAMES as readonly string[]).includes(lower)) return lower as CommandName;
  return COMMAND_ALIASES[lower] ?? null;
}

export function parseSlackCommandText(text: string): ParsedSlackCommand {
  try {
    const tokens = tokenize(unescapeCommandText(text));
    const [first, ...rest] = tokens;
    if (first === undefined || /^(help|-h|--help|\?)$/iu.test(first)) return { ok: false, message: fullUsage() };
    const name = resolveName(first);
    if (name === null) throw new UsageError(`"${first.slice(0, 40)}" is not a /news command.`, null);
    const request = name === 'feeds' ? parseFeeds(rest) : parseRequest(name, rest);
    return { ok: true, request };
  } catch (error) {
    if (error instanceof UnclosedQuoteError) return { ok: false, message: `${error.message}; close it or remove it.\n${fullUsage()}` };
    if (error instanceof UsageError) {
      const usage = error.usage ? `Usage: ${USAGE[error.usage]}` : fullUsage();
      return { ok: false, message: `${error.message}\n${usage}` };
    }
    throw error;
  }
}
