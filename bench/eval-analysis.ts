/**
 * Accuracy of the newsroom core on the hand-labelled articles in
 * test/fixtures/labelled/ (see eval-labelled.ts): per-topic precision/recall/F1,
 * micro-F1, quote precision/recall, speaker accuracy and language accuracy,
 * for the tuning part and the measure-only part side by side.
 */
import { analyzeArticle, defaultTaxonomy, speakerAliasKey, speakerKey, type Quote } from '../src/core/index.js';
import { LABELLED_PARTS, loadLabelled, loadLabelledGroups, type LabelledArticle } from './eval-labelled.js';

export { loadLabelled, type LabelledArticle, type LabelledPart } from './eval-labelled.js';

export interface TopicFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  articles: number;
  topics: Record<string, TopicFigures>;
  microF1: number;
  quotePrecision: number;
  quoteRecall: number;
  /** Right speakers (or rightly none) among the found labelled quotes. */
  speakerAccuracy: number;
  /** Found quotes given somebody other than the labelled speaker: the newsroom's worst case. */
  speakerWrong: number;
  /** Found quotes left without a speaker although the article names one. */
  speakerMissing: number;
  matchedQuotes: number;
  languageAccuracy: number;
  /** Mistakes, for reading rather than scoring. */
  errors: string[];
}

function normalizeQuote(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Same quotation: equal after normalisation, or one holds the other — most of it, or at least six words of it
 * (a label may cut a long quotation short, as the labelled README allows).
 */
export function sameQuote(a: string, b: string): boolean {
  const x = normalizeQuote(a);
  const y = normalizeQuote(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!` ${long} `.includes(` ${short} `)) return false;
  return short.length / long.length >= 0.6 || short.split(' ').length >= 6;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Right when a look-up by the labelled name finds the quote: by the speaker's key, or by its acronym's ("X (ACR)"). */
export function sameSpeaker(predicted: string | null, gold: string | null): boolean {
  if (gold === null || gold === '') return predicted === null;
  if (predicted === null) return false;
  const wanted = speakerKey(gold);
  return speakerKey(predicted) === wanted || speakerAliasKey(predicted) === wanted;
}

export function evaluateAnalysis(articles: LabelledArticle[] = loadLabelled()): EvalReport {
  const taxonomy = defaultTaxonomy();
  const topicIds = taxonomy.topics.map((topic) => topic.id);
  const counts = new Map(topicIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  let predictedQuotes = 0;
  let goldQuotes = 0;
  let matchedPredicted = 0;
  let matchedGold = 0;
  let speakerRight = 0;
  let speakerWrong = 0;
  let speakerMissing = 0;
  let languageRight = 0;
  const errors: string[] = [];
  for (const article of articles) {
    const analysis = analyzeArticle({ title: article.title, body: article.body }, taxonomy);
    if (analysis.language === article.language) languageRight += 1;
    else errors.push(`${article.id}: language ${analysis.language}, expected ${article.language}`);
    const predicted = new Set(analysis.topics.map((topic) => topic.id));
    const gold = new Set(article.topics);
    for (const id of topicIds) {
      const figures = counts.get(id)!;
      if (predicted.has(id) && gold.has(id)) figures.tp += 1;
      else if (predicted.has(id)) {
        figures.fp += 1;
        errors.push(`${article.id}: extra topic ${id} (${analysis.topics.find((topic) => topic.id === id)?.evidence.join(', ')})`);
      } else if (gold.has(id)) {
        figures.fn += 1;
        errors.push(`${article.id}: missed topic ${id}`);
      }
    }
    predictedQuotes += analysis.quotes.length;
    goldQuotes += article.quotes.length;
    const used = new Set<Quote>();
    for (const goldQuote of article.quotes) {
      const match = analysis.quotes.find((quote) => !used.has(quote) && sameQuote(quote.text, goldQuote.text));
      if (match === undefined) {
        errors.push(`${article.id}: missed quote "${goldQuote.text.slice(0, 60)}"`);
        continue;
      }
      used.add(match);
      matchedGold += 1;
      if (sameSpeaker(match.speaker, goldQuote.speaker)) speakerRight += 1;
      else {
        if (match.speaker === null) speakerMissing += 1;
        else speakerWrong += 1;
        errors.push(`${article.id}: speaker "${match.speaker}" for "${goldQuote.text.slice(0, 40)}", expected "${goldQuote.speaker}"`);
      }
    }
    matchedPredicted += used.size;
    for (const quote of analysis.quotes) if (!used.has(quote)) errors.push(`${article.id}: extra quote "${quote.text.slice(0, 60)}" (${quote.speaker})`);
  }
  const topics: Record<string, TopicFigures> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [id, figures] of counts) {
    const precision = ratio(figures.tp, figures.tp + figures.fp);
    const recall = ratio(figures.tp, figures.tp + figures.fn);
    topics[id] = { ...figures, precision, recall, f1: f1(precision, recall) };
    tp += figures.tp;
    fp += figures.fp;
    fn += figures.fn;
  }
  return {
    articles: articles.length,
    topics,
    microF1: f1(ratio(tp, tp + fp), ratio(tp, tp + fn)),
    quotePrecision: ratio(matchedPredicted, predictedQuotes),
    quoteRecall: ratio(matchedGold, goldQuotes),
    speakerAccuracy: ratio(speakerRight, matchedGold),
    speakerWrong,
    speakerMissing,
    matchedQuotes: matchedGold,
    languageAccuracy: ratio(languageRight, articles.length),
    errors,
  };
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function printTopics(label: string, report: EvalReport, verbose: boolean): void {
  console.log(`\n${label} part: ${report.articles} articles — per topic`);
  console.log('topic            precision  recall   F1     (tp/fp/fn)');
  for (const [id, figures] of Object.entries(report.topics)) {
    console.log(
      `${id.padEnd(16)} ${percent(figures.precision).padStart(8)} ${percent(figures.recall).padStart(8)} ${percent(figures.f1).padStart(7)}   (${figures.tp}/${figures.fp}/${figures.fn})`,
    );
  }
  if (verbose && process.env.EVAL_VERBOSE === '1') for (const error of report.errors) console.log(`  - ${error}`);
}

export async function run(): Promise<void> {
  const reports = LABELLED_PARTS.map((part) => ({ label: part as string, report: evaluateAnalysis(loadLabelled(part)) }));
  // Per-topic figures and misses are printed for the tuning part only: the measure part is read as totals (the table
  // below), never per topic, never fitted to.
  for (const { label, report } of reports) if (label === 'tuning') printTopics(label, report, true);
  // A set written apart (`fresh-de.txt`, …) is also reported on its own, in either part; the misses are listed above.
  for (const part of LABELLED_PARTS) {
    const groups = [...loadLabelledGroups(part)].filter(([, articles]) => articles.length > 0);
    for (const [group, articles] of groups.length > 1 ? groups : []) {
      const report = evaluateAnalysis(articles);
      if (part === 'tuning') printTopics(`${part}:${group}`, report, false);
      reports.push({ label: `${part}:${group}`, report });
    }
  }
  const row = (label: string, value: (report: EvalReport) => string, goal: string) =>
    console.log(`${label.padEnd(20)} ${reports.map(({ report }) => value(report).padStart(16)).join('')}   ${goal}`);
  console.log(`\n${'analysis'.padEnd(20)} ${reports.map(({ label }) => label.padStart(16)).join('')}   goal on measure`);
  row('articles', (r) => String(r.articles), '');
  row('topic micro-F1', (r) => percent(r.microF1), '≥ 95%');
  row('quote precision', (r) => percent(r.quotePrecision), '≥ 97%');
  row('quote recall', (r) => percent(r.quoteRecall), '≥ 95%');
  row('speaker accuracy', (r) => percent(r.speakerAccuracy), '≥ 92%');
  row('  wrong / missing', (r) => `${r.speakerWrong}/${r.speakerMissing} of ${r.matchedQuotes}`, 'a wrong speaker is worse than none');
  row('language accuracy', (r) => percent(r.languageAccuracy), '');
}
