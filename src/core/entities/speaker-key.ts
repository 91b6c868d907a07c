import { isCapitalized, tokenize } from '../text/index.js';
import { matchGazetteer } from './gazetteer.js';
import { foldName } from './name-key.js';

const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/**
 * One key per speaker however the article spells or titles them, in any
 * language: "Peskow", "Dmitry Peskov" and "Kremlsprecher Dmitri Peskow" →
 * "peskov"; "Kreml", "the Kremlin", "présidence russe" and "presidencia rusa"
 * → "kremlin"; "Casa Blanca" and "Weißes Haus" → "white-house". A lookup by
 * any language's name therefore finds the quotes stored under another's.
 */
export function speakerKey(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const key = computeKey(name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, key);
  return key;
}

function computeKey(name: string): string {
  const tokens = tokenize(name);
  if (tokens.length === 0) return '';
  const known = matchGazetteer(tokens);
  const lastKnown = known[known.length - 1];
  const capitalised = tokens.filter((token) => isCapitalized(token.raw));
  const lastName = capitalised[capitalised.length - 1] ?? tokens[tokens.length - 1]!;
  if (lastKnown !== undefined && lastKnown.end >= tokens.indexOf(lastName) + 1) return lastKnown.entry.key;
  // "présidence russe": an institution written in lower case, filed under its canonical key when the gazetteer knows it.
  if (lastKnown !== undefined && capitalised.length === 0) return lastKnown.entry.key;
  return foldName(lastName.raw);
}
