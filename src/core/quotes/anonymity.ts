import type { Token } from '../text/index.js';
import { ANONYMITY_CUES, withoutElision } from './lexicon.js';

/**
 * A source who asked not to be named: a cue word ("anonymity", "l'anonymat", "nommément"), or the same said in words:
 * "who asked not to be named", "who declined to be identified", "der nicht genannt werden wollte", "sans vouloir
 * être cité", "qui n'a pas souhaité être nommé", "que pidió no ser citado". A negation, then within a few words a
 * participle of naming or quoting. The words are data here and nowhere else.
 */
const NEGATIONS = new Set(['not', 'declined', 'nicht', 'sans', 'pas', 'no']);
const NAMING_PARTICIPLES = new Set([
  'named',
  'identified',
  'quoted',
  'cited',
  'genannt',
  'zitiert',
  'identifiziert',
  'nommé',
  'nommée',
  'nommés',
  'nommées',
  'cité',
  'citée',
  'cités',
  'citées',
  'identifié',
  'identifiée',
  'citado',
  'citada',
  'citados',
  'citadas',
  'nombrado',
  'nombrada',
]);
/** How many words may stand between the negation and the participle ("sans vouloir être cité", "nicht namentlich genannt werden"). */
const WINDOW = 4;

export function asksNotToBeNamed(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const text = tokens[i]!.text;
    // "qui a requis l'anonymat": a cue word behind an elided article.
    if (ANONYMITY_CUES.has(withoutElision(text))) return true;
    if (!NEGATIONS.has(text)) continue;
    for (let k = i + 1; k < tokens.length && k - i <= WINDOW; k += 1) if (NAMING_PARTICIPLES.has(tokens[k]!.text)) return true;
  }
  return false;
}
