import { isCapitalized, tokenize } from '../text/index.js';
import { matchGazetteer } from './gazetteer.js';
import { foldName } from './name-key.js';

/** "(BSI)", "(Pnat)": a capitalised short word alone in brackets, the shape of an acronym a text defines after a name. */
export const ACRONYM_IN_BRACKETS = String.raw`\(\s*(\p{Lu}[\p{L}0-9]{1,7})\s*\)`;
/** A name shown with its acronym after it: "Parquet national antiterroriste (Pnat)". */
const NAME_WITH_ACRONYM = new RegExp(String.raw`^(.*\S)\s*${ACRONYM_IN_BRACKETS}\s*$`, 'u');

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
  // "Parquet national antiterroriste (Pnat)" is filed under its name, as in the articles that never give the acronym;
  // speakerAliasKey keeps the acronym findable.
  const key = computeKey(NAME_WITH_ACRONYM.exec(name)?.[1] ?? name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, key);
  return key;
}

/**
 * The second key of a name shown with its acronym, "Parquet national antiterroriste (Pnat)" → speakerKey("Pnat"), so
 * a look-up by the acronym alone finds it too; null for every other name.
 */
export function speakerAliasKey(name: string): string | null {
  const acronym = NAME_WITH_ACRONYM.exec(name)?.[2];
  return acronym === undefined ? null : speakerKey(acronym);
}

function computeKey(name: string): string {
  const tokens = tokenize(name);
  if (tokens.length === 0) return '';
  const known = matchGazetteer(tokens);
  const lastKnown = known[known.length - 1];
  const capitalised = tokens.filter((token) => isCapitalized(token.raw));
  const lastName = capitalised[capitalised.length - 1] ?? tokens[tokens.length - 1]!;
  // "Departamento del Tesoro de Estados Unidos", "Treasury Department of the United States": a known institution with
  // its country after it is the institution, not the country.
  const institution = institutionBeforePlaces(tokens, known);
  if (institution !== null) return institution;
  if (lastKnown !== undefined && lastKnown.end >= tokens.indexOf(lastName) + 1) return lastKnown.entry.key;
  // "présidence russe": an institution written in lower case, filed under its canonical key when the gazetteer knows it.
  if (lastKnown !== undefined && capitalised.length === 0) return lastKnown.entry.key;
  return foldName(lastName.raw);
}

/** Lower-case words between an institution's name and the place it belongs to. */
const PLACE_JOINERS = new Set(['de', 'del', 'la', 'des', 'du', 'of', 'the', 'in', 'en', 'für', 'der', 'von']);

/** The key of a known institution that only places follow, each after joining words; null otherwise. */
function institutionBeforePlaces(tokens: ReturnType<typeof tokenize>, known: ReturnType<typeof matchGazetteer>): string | null {
  let at = known.length - 1;
  while (at >= 0 && known[at]!.entry.kind !== 'institution' && known[at]!.entry.kind !== 'organisation') at -= 1;
  if (at < 0 || at === known.length - 1) return null;
  let end = known[at]!.end;
  for (const match of known.slice(at + 1)) {
    if (match.entry.kind !== 'place' || match.first === end) return null;
    if (!tokens.slice(end, match.first).every((token) => PLACE_JOINERS.has(token.text))) return null;
    end = match.end;
  }
  return end === tokens.length ? known[at]!.entry.key : null;
}
