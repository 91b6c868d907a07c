import { isCapitalized, tokenize } from '../text/index.js';
import { matchGazetteer } from './gazetteer.js';
import { foldName } from './name-key.js';

/**
 * One key per speaker however the article spells or titles them:
 * "Peskow", "Dmitry Peskov" and "Kremlsprecher Dmitri Peskow" → "peskov";
 * "Kreml" and "the Kremlin" → "kremlin".
 */
export function speakerKey(name: string): string {
  const tokens = tokenize(name);
  if (tokens.length === 0) return '';
  const known = matchGazetteer(tokens);
  const lastKnown = known[known.length - 1];
  const capitalised = tokens.filter((token) => isCapitalized(token.raw));
  const lastName = capitalised[capitalised.length - 1] ?? tokens[tokens.length - 1]!;
  if (lastKnown !== undefined && lastKnown.end >= tokens.indexOf(lastName) + 1) return lastKnown.entry.key;
  return foldName(lastName.raw);
}
