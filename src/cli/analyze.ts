import { stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import type { ArticleAnalysis } from '../core/index.js';
import { clusterArticles } from '../core/stories/index.js';
import { readAnalysisInputs, type AnalysisInput } from './analyze-input.js';
import { createAnalysisContext } from './analysis-context.js';
import type { CliContext, GlobalOptions } from './context-base.js';
import { UsageError } from './errors.js';
import { printLines } from './output.js';
import type { AnalyzePool } from './analyze-pool.js';
import { poolThreads } from './analyze-threads.js';

/** Inputs this large are analysed in worker threads; below it, starting threads costs more than it saves. */
export const POOL_MIN_ARTICLES = 400;

interface AnalyzedArticle {
  input: AnalysisInput;
  analysis: ArticleAnalysis;
}

/** The JSON Lines contract of `analyze --json`. */
export function analysisJson(article: AnalyzedArticle, story: string | null) {
  const { input, analysis } = article;
  return {
    id: input.id,
    title: input.title,
    url: input.url,
    language: analysis.language,
    topics: analysis.topics,
    quotes: analysis.quotes.map(({ text, speaker }) => ({ text, speaker })),
    statements: analysis.statements.map(({ text, speaker }) => ({ text, speaker })),
    summary: analysis.summary,
    story,
    entities: analysis.entities,
  };
}

function describe(article: AnalyzedArticle, story: string | null): string[] {
  const { input, analysis } = article;
  const topics = analysis.topics.map((t) => `${t.id} (${t.score.toFixed(1)}: ${t.evidence.slice(0, 4).join(', ')})`).join('; ') || 'none';
  return [
    `${input.title || input.id}`,
    `  language: ${analysis.language}   story: ${story ?? '—'}`,
    `  topics:   ${topics}`,
    `  summary:  ${analysis.summary || '—'}`,
    ...analysis.quotes.slice(0, 3).map((q) => `  quote:    “${q.text}” — ${q.speaker ?? 'unattributed'}`),
    ...analysis.statements.slice(0, 2).map((q) => `  said:     ${q.text} — ${q.speaker ?? 'unattributed'}`),
    '',
  ];
}

/** Input files this large (in bytes, all targets together) start the worker threads before they are read. */
const POOL_PREFETCH_BYTES = 1_000_000;

/** Worker threads for a large input, started before it is read; null for a short input or one core. */
async function poolFor(targets: string[], ctx: CliContext): Promise<AnalyzePool | null> {
  let bytes = 0;
  for (const target of targets)
    bytes += await stat(target).then(
      (s) => (s.isFile() ? s.size : 0),
      () => 0,
    );
  if (bytes < POOL_PREFETCH_BYTES) return null;
  const threads = poolThreads();
  if (threads <= 1) return null;
  // Loaded only here: a short input, or a large one on a machine without idle cores, never loads piscina or worker_threads.
  const { startAnalyzePool } = await import('./analyze-pool.js');
  return startAnalyzePool({ custom: ctx.config.topics.custom, disabled: ctx.config.topics.disabled }, threads, ctx.analyze);
}

/** Every input's analysis, in input order: on a large input in the worker threads, else here. */
async function analyzeAll(inputs: AnalysisInput[], ctx: CliContext, pool: AnalyzePool | null): Promise<AnalyzedArticle[]> {
  if (pool !== null && inputs.length >= POOL_MIN_ARTICLES) {
    const analyses = await pool.analyze(inputs);
    return inputs.map((input, index) => ({ input, analysis: analyses[index]! }));
  }
  return inputs.map((input) => ({ input, analysis: ctx.analyze({ title: input.title, body: input.body }) }));
}

/**
 * Two V8 settings for `analyze`, whose run is mostly warm-up (#15; figures
 * in bench/analysis-process.ts). A smaller inlining budget for the optimising
 * compiler (TurboFan; default 920 bytes of bytecode inlined into one
 * function): on 300 articles its own work was about 45 % of all instructions
 * executed (callgrind), and the large analysis functions, each with its
 * callees inlined, cost the most to compile; with less inlined it finishes
 * sooner and the code it makes is barely slower. A doubled interrupt budget
 * (default 66 KB of bytecode run between two looks at a function's hotness):
 * fewer functions are compiled while warm-up is still changing their type
 * feedback, so fewer are compiled again. The output cannot change: both are
 * invisible to the program. A setting given on the command line or in
 * NODE_OPTIONS wins.
 */
export const INLINING_FLAG = '--max-inlined-bytecode-size-cumulative';
export const INTERRUPT_FLAG = '--interrupt-budget';
const COMPILER_FLAGS = [`${INLINING_FLAG}=150`, `${INTERRUPT_FLAG}=${2 * 66 * 1024}`];

/** Sets the flags the command line and NODE_OPTIONS do not give, and returns them. */
export function tuneCompiler(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  const given = (name: string): boolean => [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg === name || arg.startsWith(`${name}=`));
  const flags = COMPILER_FLAGS.filter((flag) => !given(flag.slice(0, flag.indexOf('='))));
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}

/** `analyze`: nothing is stored; stories are grouped across every input of this one call. */
export async function analyzeCommand(globals: GlobalOptions, targets: string[], options: { json: boolean }): Promise<void> {
  tuneCompiler();
  const ctx = await createAnalysisContext(globals);
  const now = new Date();
  const pool = await poolFor(targets, ctx);
  try {
    await analyzeTargets(ctx, targets, options, now, pool);
  } finally {
    await pool?.close();
  }
}

async function analyzeTargets(ctx: CliContext, targets: string[], options: { json: boolean }, now: Date, pool: AnalyzePool | null): Promise<void> {
  const inputs: AnalysisInput[] = [];
  let refused = 0;
  for (const target of targets) {
    let read: AnalysisInput[];
    try {
      read = await readAnalysisInputs(target, ctx.config.fetch, now, ctx.config.fullText);
    } catch (error) {
      // One sentence per input that cannot be read (binary, empty, missing); the others are still analysed.
      if (!(error instanceof UsageError) || targets.length === 1) throw error;
      process.stderr.write(`news-digest: ${error.message}\n`);
      refused += 1;
      continue;
    }
    for (const input of read) inputs.push(input);
  }
  if (refused > 0) process.exitCode = 2;
  const articles = await analyzeAll(inputs, ctx, pool);
  const assignments = clusterArticles(
    articles.map(({ input, analysis }, index) => ({
      id: index,
      title: input.title,
      summary: analysis.summary,
      body: input.body,
      language: analysis.language,
      entities: analysis.entities,
      topics: analysis.topics,
      publishedAt: input.publishedAt ?? now,
      source: input.source,
      quotes: analysis.quotes,
    })),
    { windowHours: ctx.config.digest.storyWindowHours },
  );
  const storyOf = new Map(assignments.map((a) => [a.articleId, a.key]));
  // JSON Lines go out in writes of about a megabyte: one write per article costs more than the JSON itself.
  let pending = '';
  for (const [index, article] of articles.entries()) {
    const story = storyOf.get(index) ?? null;
    if (!options.json) {
      printLines(describe(article, story));
      continue;
    }
    pending += `${JSON.stringify(analysisJson(article, story))}\n`;
    if (pending.length >= 1 << 20) {
      process.stdout.write(pending);
      pending = '';
    }
  }
  if (pending !== '') process.stdout.write(pending);
}
