import type { LanguageCode } from '../types.js';
import { gazetteerEntry } from '../entities/index.js';
import { lastMentionBefore, lastPersonWithRole, type MentionSource } from './mentions.js';
import type { SpeakerRef } from './speaker.js';

function institutionDisplay(key: string, language: LanguageCode): string {
  const entry = gazetteerEntry(key);
  return entry?.display?.[language as 'de' | 'en' | 'fr' | 'es'] ?? entry?.display?.en ?? key;
}

/**
 * A display name for an attribution: names as written; pronouns and role
 * words ("der Minister") → the last person named before; an anonymous
 * statement ("hieß es in der Mitteilung") → the last institution named before.
 */
export function resolveSpeaker(ref: SpeakerRef, offset: number, mentions: MentionSource, language: LanguageCode, lastSpeaker: string | null): string | null {
  switch (ref.kind) {
    case 'person':
    case 'institution':
    case 'description':
    case 'capital':
      return ref.name;
    case 'pronoun':
      return lastMentionBefore(mentions(), offset, 'person')?.name ?? lastSpeaker;
    case 'role':
      return lastPersonWithRole(mentions(), offset, ref.role)?.name ?? null;
    case 'anonymous': {
      const institution = lastMentionBefore(mentions(), offset, 'institution');
      return institution === null ? null : institutionDisplay(institution.name, language);
    }
    default:
      return null;
  }
}
