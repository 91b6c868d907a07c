/**
 * Characters that change how text is shown without being seen: bidirectional
 * controls (U+202A–202E embeddings and overrides, U+2066–2069 isolates, the
 * U+200E/U+200F/U+061C marks) reverse or reorder a headline so "gpj.exe" reads
 * as "exe.jpg"; zero-width characters (U+200B–200D, U+2060–2064, U+FEFF) hide
 * inside names and defeat matching. Every renderer strips them from outside
 * text (titles, speakers, source names, and everything else it escapes) before
 * its own escaping adds the invisible characters it needs.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
