import type { LanguageCode, TopicScore } from '../types.js';
import { GAP_COMMA, GAP_NEWLINE, GAP_STOP, tokenTable, type TokenTable } from '../text/index.js';
import { compileTaxonomy, lexiconOf, type CompiledTaxonomy } from './compile.js';
import { compoundEntriesOf, wordInfo, type Lexicon, type LexiconEntry } from './lexicon.js';
import type { Taxonomy } from './types.js';
import { SUBJECT_SPAN, tallyOf, weighTallies, type ArticleTallies, type Tallies } from './weigh.js';

/** A title mention says more about what the article is about than a body mention. */
const TITLE_FACTOR = 2;
/** Repeating a term past this many times adds nothing. */
const MAX_COUNTED_REPEATS = 3;
const MAX_EVIDENCE = 8;
/** A term this heavy names the topic outright ("Gipfeltreffen", "arms control"). */
const STRONG_WEIGHT = 3;
/** A year before this puts a sentence in history ("im Februar 1945"). */
const HISTORY_BEFORE = 1990;
const SHARED = -1;

/** What one pass over an article learns besides the tallies. */
interface Scan {
  tallies: Tallies;
  /** Topics the title or first paragraph frames away (a club's assembly, an exercise). */
  framed: Set<number>;
  /** Topics that ignore history, under a title set in the past ("90 years since the battle"): none of their terms count. */
  past: Set<number>;
  /** The title counts decades back ("Forty years on") … */
  countedBack: boolean;
  /** … and the title or lead has a history cue (an anniversary, a commemoration): a remembrance. */
  remembrance: boolean;
  /** Sentences with the topic's own context words, per topic. */
  support: Map<number, number>;
  /** Index of the sentence being tallied, title and body counted on. */
  sentence: number;
  /** Index of the body paragraph being tallied; -1 in the title. */
  paragraph: number;
  /** The sentence before had shared political context (leaders, states): it vouches for a strong ambiguous term in the next one… */
  sharedBefore: boolean;
  /** …and so do the topics' own context words there. */
  ownBefore: Map<number, number> | undefined;
}

/** Hits of one sentence, in reused parallel arrays (this runs for every sentence of every article). */
const hitEntries: LexiconEntry[] = [];
const hitFrom: number[] = [];
const hitTo: number[] = [];
/** Hits of the current sentence: the arrays are overwritten, never emptied (emptying one drops its storage). */
let hitCount = 0;

function addHit(entry: LexiconEntry, from: number, to: number): void {
  hitEntries[hitCount] = entry;
  hitFrom[hitCount] = from;
  hitTo[hitCount] = to;
  hitCount += 1;
}

function collectHits(table: TokenTable, from: number, to: number, lexicon: Lexicon): void {
  hitCount = 0;
  const words = table.words;
  const ids = table.ids;
  const quiet = lexicon.quiet;
  for (let i = from; i < to; i += 1) {
    const id = ids[i]!;
    const state = quiet.get(id);
    if (state === 1) continue;
    const info = wordInfo(lexicon, words[i]!);
    if (state === 0) {
      const matters = info.singles !== undefined || info.phrases !== undefined || compoundEntriesOf(lexicon, info).length > 0;
      quiet.set(id, matters ? 2 : 1);
      if (!matters) continue;
    }
    const singles = info.singles;
    let termFound = false;
    if (singles !== undefined) {
      for (const entry of singles) {
        addHit(entry, i, i + 1);
        if (entry.kind === 'term') termFound = true;
      }
    }
    const phrases = info.phrases;
    if (phrases !== undefined) {
      for (const phrase of phrases) {
        const end = i + 1 + phrase.rest.length;
        if (end > to) continue;
        let matched = true;
        for (let k = 0; k < phrase.rest.length; k += 1) {
          if (wordInfo(lexicon, words[i + 1 + k]!).key !== phrase.rest[k]) {
            matched = false;
            break;
          }
        }
        if (!matched) continue;
        for (const entry of phrase.entries) {
          addHit(entry, i, end);
          if (entry.kind === 'term') termFound = true;
        }
      }
    }
    if (!termFound && singles === undefined) {
      for (const entry of compoundEntriesOf(lexicon, info)) {
        addHit(entry, i, i + 1);
      }
    }
  }
}

/** …and so do this many years counted back ("hace 90 años", "vor 80 Jahren", "40 years on"). */
const HISTORY_YEARS_AGO = 30;
const YEARS_WORDS = new Set(['years', 'jahre', 'jahren', 'ans', 'años', 'anos']);
/** The tens from thirty up and a hundred, written out ("thirty years since", "vor achtzig Jahren", "cuarenta años después"). */
const DECADE_WORDS = new Set([
  ...['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred'],
  ...['dreißig', 'dreissig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert'],
  ...['trente', 'quarante', 'cinquante', 'soixante', 'soixante-dix', 'quatre-vingts', 'quatre-vingt-dix', 'cent'],
  ...['treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa', 'cien'],
]);

/** A sentence set in the past: a year before HISTORY_BEFORE, or HISTORY_YEARS_AGO years or more counted back. */
function mentionsOldYear(table: TokenTable, from: number, to: number): boolean {
  return pastIn(table, from, to, true);
}

/** …counted back only ("forty years on", "vor 80 Jahren", "il y a 40 ans"): a remembrance, not a treaty's year. */
function countsYearsBack(table: TokenTable, from: number, to: number): boolean {
  return pastIn(table, from, to, false);
}

function pastIn(table: TokenTable, from: number, to: number, calendarYears: boolean): boolean {
  for (let i = from; i < to; i += 1) {
    const word = table.words[i]!;
    const yearsNext = i + 1 < to && YEARS_WORDS.has(table.words[i + 1]!.lower);
    if (!word.startsWithDigit) {
      if (yearsNext && DECADE_WORDS.has(word.lower)) return true;
      continue;
    }
    const value = Number(word.lower);
    if (calendarYears && word.lower.length === 4 && value >= 1800 && value < HISTORY_BEFORE) return true;
    if (value >= HISTORY_YEARS_AGO && value < 1000 && yearsNext) return true;
  }
  return false;
}

/** "terrorism" inside "counter-terrorism", "arms" inside "arms race": the longer term of the same topic counts, not both. */
function insideLongerTerm(h: number, count: number): boolean {
  const entry = hitEntries[h]!;
  const from = hitFrom[h]!;
  const to = hitTo[h]!;
  for (let k = 0; k < count; k += 1) {
    if (k === h) continue;
    const other = hitEntries[k]!;
    if (other.kind !== 'term' || other.topic !== entry.topic) continue;
    if (hitFrom[k]! <= from && hitTo[k]! >= to && hitTo[k]! - hitFrom[k]! > to - from) return true;
  }
  return false;
}

/** Context words of hit h's topic that start where it does: a term that is its own context word ("combats") does not vouch for itself. */
function contextAt(h: number, count: number): number {
  let found = 0;
  for (let k = 0; k < count; k += 1) {
    const other = hitEntries[k]!;
    if (other.kind === 'context' && other.topic === hitEntries[h]!.topic && hitFrom[k] === hitFrom[h]) found += 1;
  }
  return found;
}

/** A term of another topic in the sentence of hit h, besides a background topic's (diplomats and talks at a summit). */
function otherTopicNamed(h: number, count: number, taxonomy: Taxonomy): boolean {
  for (let k = 0; k < count; k += 1) {
    const other = hitEntries[k]!;
    if (other.kind === 'term' && other.topic !== hitEntries[h]!.topic && other.weight >= 2 && !(taxonomy.topics[other.topic]!.backgroundShare > 0)) return true;
  }
  return false;
}

/** A term of another topic in the sentence of hit h: a setting named there ("talks on a ceasefire", "sanctions over the war") is that topic's object. */
function anotherTopicsObject(h: number, count: number): boolean {
  for (let k = 0; k < count; k += 1) {
    const other = hitEntries[k]!;
    if (other.kind === 'term' && other.topic !== hitEntries[h]!.topic) return true;
  }
  return false;
}

/** Words that join the items of a list ("arms control, trade and terrorism"). */
const LIST_JOINERS = new Set(['and', 'or', 'und', 'oder', 'sowie', 'et', 'ou', 'y', 'e', 'o']);

/**
 * Hit h heads the list of a sentence's agenda: no comma or joining word between it and the agenda cue before it
 * ("will discuss arms control, …"), or the sentence start when the cue follows ("Disarmament, … are on the agenda").
 */
function headsAgendaList(table: TokenTable, from: number, h: number, count: number): boolean {
  const termFrom = hitFrom[h]!;
  let anchor = from;
  for (let k = 0; k < count; k += 1) if (hitEntries[k]!.kind === 'agenda' && hitTo[k]! <= termFrom && hitTo[k]! > anchor) anchor = hitTo[k]!;
  for (let i = anchor; i < termFrom; i += 1) {
    if (i > anchor && (table.gaps[i]! & GAP_COMMA) !== 0) return false;
    if (LIST_JOINERS.has(table.words[i]!.lower)) return false;
  }
  return (table.gaps[termFrom]! & GAP_COMMA) === 0 || termFrom === anchor;
}

function tallySentence(table: TokenTable, from: number, to: number, factor: number, inLead: boolean, taxonomy: Taxonomy, scan: Scan): void {
  const count = hitCount;
  const sharedBefore = scan.sharedBefore;
  const ownBefore = scan.ownBefore;
  scan.sharedBefore = false;
  scan.ownBefore = undefined;
  if (count === 0) return;
  // Most sentences have neither negative nor context words: no maps for them.
  let negative: Set<number> | undefined;
  let cued: Set<number> | undefined;
  let own: Map<number, number> | undefined;
  let shared = false;
  let history: boolean | undefined;
  let agenda = false;
  for (let h = 0; h < count; h += 1) {
    const entry = hitEntries[h]!;
    if (entry.kind === 'agenda') agenda = true;
    else if (entry.kind === 'negative') (negative ??= new Set()).add(entry.topic);
    else if (entry.kind === 'cue') (cued ??= new Set()).add(entry.topic);
    else if (entry.kind === 'context') {
      if (entry.topic === SHARED) shared = true;
      else (own ??= new Map()).set(entry.topic, (own.get(entry.topic) ?? 0) + 1);
    } else if (entry.kind === 'history') history = true;
  }
  if (own !== undefined) for (const topic of own.keys()) scan.support.set(topic, (scan.support.get(topic) ?? 0) + 1);
  scan.sharedBefore = shared;
  scan.ownBefore = own;
  for (let h = 0; h < count; h += 1) {
    const entry = hitEntries[h]!;
    if (entry.kind !== 'term' || negative?.has(entry.topic) === true) continue;
    // A weapon counts only with its toll or target in the sentence ("missiles … killing three"), not in a test or a programme.
    if (entry.needsCue && cued?.has(entry.topic) !== true) continue;
    const ownCount = own?.get(entry.topic) ?? 0;
    // A strong ambiguous name of the topic ("summit", "sommet") may take its leaders from the sentence before
    // ("Kishida and Yoon agreed … At their summit in Tokyo, the two also …").
    const vouchedBefore = (sharedBefore || ownBefore?.has(entry.topic) === true) && entry.weight >= STRONG_WEIGHT;
    if (entry.needsContext && (entry.ownContext > 0 ? ownCount < entry.ownContext : !shared && ownCount === 0 && !vouchedBefore)) continue;
    // A meeting of two leaders ("++meet" with both in the sentence) is as strong as the word "summit".
    const strong = entry.weight >= STRONG_WEIGHT && (!entry.needsContext || entry.ownContext >= 2);
    if (scan.past.has(entry.topic) || (scan.framed.has(entry.topic) && !strong)) continue;
    if (taxonomy.topics[entry.topic]!.ignoresHistory && (history ??= mentionsOldYear(table, from, to))) continue;
    if (entry.setting && anotherTopicsObject(h, count)) continue;
    const tally = tallyOf(scan.tallies, entry.topic);
    if (scan.framed.has(entry.topic)) tally.framed = true;
    // A term inside a longer one ("terrorism" in "counter-terrorism") adds weight to it but is no mention of its own.
    const nested = insideLongerTerm(h, count);
    const counts = nested ? tally.nested : tally.counts;
    const repeats = (counts.get(entry.label) ?? 0) + 1;
    counts.set(entry.label, repeats);
    if (repeats > MAX_COUNTED_REPEATS) continue;
    tally.score += entry.weight * factor;
    if (!nested && !entry.setting) tally.reported = true;
    if (!nested && factor === TITLE_FACTOR) tally.inTitle = true;
    if (!nested && inLead) tally.inLead = true;
    if (tally.firstSentence < 0) tally.firstSentence = scan.sentence;
    if (scan.paragraph >= 0) {
      if (tally.paragraph === scan.paragraph && tally.lastSentence !== scan.sentence && scan.sentence - tally.lastSentence <= SUBJECT_SPAN)
        tally.paragraphSubject = true;
      tally.paragraph = scan.paragraph;
    }
    tally.lastSentence = scan.sentence;
    if (strong && !nested) {
      if (!entry.needsContext) tally.strong = true;
      // On a meeting's agenda ("the leaders will discuss arms control"), a term that names the topic outright is a subject.
      if (!entry.needsContext && agenda) {
        if (headsAgendaList(table, from, h, count)) tally.onAgenda = true;
        else tally.listedOnAgenda = true;
      }
      if (!entry.needsContext && ownCount > contextAt(h, count)) tally.strongBesideContext = true;
      else if (tally.meetingSentence < 0) tally.meetingSentence = scan.sentence;
      if (inLead) tally.strongInLead = true;
    } else if (inLead && !nested && entry.weight >= STRONG_WEIGHT && entry.ownContext === 0 && !otherTopicNamed(h, count, taxonomy)) {
      // An ambiguous name of the topic that its sentence vouches for ("at their summit, the two leaders…") names it
      // outright, unless the sentence names another topic ("sanctions on tankers that fund its missile programme").
      tally.strongInLead = true;
    } else if (!nested && entry.weight >= STRONG_WEIGHT && entry.ownContext === 0 && !otherTopicNamed(h, count, taxonomy)) {
      // …and further down it names it as a strong term does, when the story keeps to the topic's context.
      tally.vouchedStrong = true;
    }
    if (tally.evidence.length < MAX_EVIDENCE) {
      const surface = table.text.slice(table.starts[hitFrom[h]!]!, table.ends[hitTo[h]! - 1]!);
      const lowered = surface.toLowerCase();
      if (!tally.evidenceKeys.has(lowered)) {
        tally.evidenceKeys.add(lowered);
        tally.evidence.push(surface);
      }
    }
  }
}

/** Sentence by sentence: a full stop, question mark, semicolon or line break between two words ends one. */
function scanTable(table: TokenTable, factor: number, leadEnd: number, lexicon: Lexicon, taxonomy: Taxonomy, scan: Scan): void {
  const gaps = table.gaps;
  let from = 0;
  for (let i = 1; i <= table.count; i += 1) {
    if (i < table.count && (gaps[i]! & (GAP_STOP | GAP_NEWLINE)) === 0) continue;
    collectHits(table, from, i, lexicon);
    tallySentence(table, from, i, factor, from < leadEnd, taxonomy, scan);
    scan.sentence += 1;
    if (scan.paragraph >= 0 && i < table.count && (gaps[i]! & GAP_NEWLINE) !== 0) scan.paragraph += 1;
    from = i;
  }
}

/** A lead is a paragraph of a few sentences; a feed body flattened to one paragraph has its lead in the first ones. */
const LEAD_MAX_CHARS = 320;

/** End of the lead: the first token after a line break, or the first sentence end past LEAD_MAX_CHARS. */
function firstParagraphEnd(table: TokenTable): number {
  for (let i = 1; i < table.count; i += 1) {
    const gap = table.gaps[i]!;
    if ((gap & GAP_NEWLINE) !== 0 || ((gap & GAP_STOP) !== 0 && table.starts[i]! > LEAD_MAX_CHARS)) return i;
  }
  return table.count;
}

/**
 * Topics the title or lead frames away (TopicDefinition.frameTerms); a title set in the past ("30 years since the
 * massacre", "Il y a 80 ans, la libération") silences every topic that ignores history: the story is about the past, its
 * battles and votes included (Scan.past); a title that counts the years back ("Forty years on, Reykjavik remembers the
 * summit") with an anniversary in the title or lead silences every other topic too (silenceRemembrance), while a
 * treaty's year ("quits the 1987 INF treaty") or a meeting "30 years after Helsinki" does not.
 */
function frameTopics(table: TokenTable, to: number, lexicon: Lexicon, taxonomy: Taxonomy, isTitle: boolean, scan: Scan): void {
  collectHits(table, 0, to, lexicon);
  for (let h = 0; h < hitCount; h += 1) if (hitEntries[h]!.kind === 'frame') scan.framed.add(hitEntries[h]!.topic);
  for (let h = 0; h < hitCount; h += 1) if (hitEntries[h]!.kind === 'history') scan.remembrance = true;
  if (!isTitle) return;
  if (mentionsOldYear(table, 0, to)) taxonomy.topics.forEach((topic, index) => topic.ignoresHistory && scan.past.add(index));
  scan.countedBack = countsYearsBack(table, 0, to);
}

/** A title counting decades back with an anniversary or a commemoration in the title or lead: every topic is the past's. */
function silenceRemembrance(taxonomy: Taxonomy, scan: Scan): void {
  if (scan.countedBack && scan.remembrance) taxonomy.topics.forEach((_topic, index) => scan.past.add(index));
}

/** The article's language's lexicon; every language's when the article's has no terms (an undetected language). */
function lexiconsFor(compiled: CompiledTaxonomy, language: LanguageCode): Lexicon[] {
  if (compiled.languages.includes(language)) return [lexiconOf(compiled, language)];
  return compiled.languages.map((each) => lexiconOf(compiled, each));
}

/** Topics of title and body tables (an analysed document's), best first. */
export function classifyTables(title: TokenTable, body: TokenTable, language: LanguageCode, taxonomy: Taxonomy): TopicScore[] {
  const compiled = compileTaxonomy(taxonomy);
  const best: ArticleTallies = new Map();
  const leadEnd = firstParagraphEnd(body);
  for (const lexicon of lexiconsFor(compiled, language)) {
    const scan: Scan = {
      tallies: new Map(),
      framed: new Set(),
      past: new Set(),
      countedBack: false,
      remembrance: false,
      support: new Map(),
      sentence: 0,
      paragraph: -1,
      sharedBefore: false,
      ownBefore: undefined,
    };
    frameTopics(title, title.count, lexicon, taxonomy, true, scan);
    frameTopics(body, leadEnd, lexicon, taxonomy, false, scan);
    silenceRemembrance(taxonomy, scan);
    scanTable(title, TITLE_FACTOR, title.count, lexicon, taxonomy, scan);
    scan.paragraph = 0;
    scanTable(body, 1, leadEnd, lexicon, taxonomy, scan);
    for (const [topic, tally] of scan.tallies) {
      const known = best.get(topic);
      if (known === undefined || tally.score > known.tally.score) best.set(topic, { tally, support: scan.support.get(topic) ?? 0, sentences: scan.sentence });
    }
  }
  return weighTallies(best, taxonomy);
}

/**
 * Topics of an article, best first, each with the terms that triggered it.
 * Terms match by stem (and inside German compounds); ambiguous terms need
 * context in their sentence; a topic's negative words (climbers,
 * shareholders, referees, rappers) silence it for that sentence; frame words
 * in the lead (a club's assembly, an exercise) leave only its strong terms.
 */
export function classifyTopics(input: { title: string; body: string; language: LanguageCode }, taxonomy: Taxonomy): TopicScore[] {
  return classifyTables(tokenTable(input.title), tokenTable(input.body), input.language, taxonomy);
}
