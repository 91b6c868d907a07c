import { describe, expect, it } from 'vitest';
import type { DigestStory } from '../../src/core/index.js';
import { renderDigestText, renderDiscordDigest, renderSlackDigest, stripInvisible } from '../../src/render/index.js';
import { referenceDigest, SUMMIT_STORY } from './discord-fixtures.js';

/** Bidi controls and marks, and zero-width characters the renderers never add themselves. */
const SPOOFING = /[\u061c\u200c-\u200f\u202a-\u202e\u2061-\u2064\u2066-\u2069\ufeff]/u;

const spoofed: DigestStory = {
  ...SUMMIT_STORY,
  // Without the strip, U+202E shows "gpj.exe" as "exe.jpg"; isolates and zero-width joiners hide inside names.
  title: 'Breaking\u202e: gpj.exe\u202c \u2066Putin\u2069 und\u200b Trump\u200d',
  quotes: [{ text: 'Das Telefonat war konstruktiv', speaker: 'Dmi\u200btri Pes\ufeffkow\u200f', kind: 'direct', score: 0.9 }],
  sources: ['Tages\u2060blick\u061c', '\u202aThe Meridian\u202c', 'Le\u200e Quotidien'],
};

const digest = referenceDigest({ sections: [{ topicId: 'summits', topicLabel: 'Gipfel\u202etreffen', stories: [spoofed] }], moreCount: 0, moreHint: null });

describe('bidirectional controls and zero-width characters', () => {
  it('stripInvisible removes every one of them and nothing else', () => {
    expect(stripInvisible('a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j\u200ek\u200fl\u061cm\u200bn\u200co\u200dp\u2060q\ufeffr')).toBe(
      'abcdefghijklmnopqr',
    );
    expect(stripInvisible('Größe „Zitat“ — עברית 😀')).toBe('Größe „Zitat“ — עברית 😀');
  });

  it('no renderer lets them through in titles, speakers or source names', () => {
    const text = renderDigestText(digest);
    const discord = JSON.stringify(renderDiscordDigest(digest));
    const slack = JSON.stringify(renderSlackDigest(digest));
    for (const output of [text, discord, slack]) {
      expect(output).not.toMatch(SPOOFING);
      expect(output).toContain('Tagesblick');
      expect(output).toContain('The Meridian');
    }
    expect(text).toContain('Breaking: gpj.exe Putin und Trump');
    expect(text).toContain('Dmitri Peskow');
    expect(text).toContain('Gipfeltreffen');
    expect(discord).toContain('Breaking: gpj.exe Putin und Trump');
    expect(discord).toContain('Dmitri Peskow');
    expect(slack).toContain('Dmitri Peskow');
    expect(slack).toContain('Breaking: gpj.exe Putin und Trump');
  });
});
