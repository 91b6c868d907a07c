import { describe, expect, it } from 'vitest';
import { renderSlackDigest, SLACK_LIMITS, type Block, type SlackMessage } from '../../src/render/index.js';
import { hostileDigest } from './slack-digest-fixture.js';

function texts(message: SlackMessage): string[] {
  const out = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'header' || block.type === 'section') out.push(block.text.text);
    if (block.type === 'context') out.push(...block.elements.map((e) => e.text));
  }
  return out;
}

/** Every `<…>` token Slack would interpret. */
function angleTokens(text: string): string[] {
  return [...text.matchAll(/<([^>]*)>/gu)].map((m) => m[1]!);
}

function sectionTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));
}

describe('renderSlackDigest', () => {
  const digest = hostileDigest(60);
  const messages = renderSlackDigest(digest);

  it('splits a 60-story digest into several messages that each satisfy every Block Kit limit', () => {
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.blocks.length).toBeGreaterThan(0);
      expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
      expect(message.text.length).toBeGreaterThan(0);
      expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
      for (const block of message.blocks) {
        if (block.type === 'header') {
          expect(block.text.type).toBe('plain_text');
          expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
        }
        if (block.type === 'section') {
          expect(block.text.text.length).toBeGreaterThan(0);
          expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        }
        if (block.type === 'context') {
          expect(block.elements.length).toBeGreaterThan(0);
          expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
        }
      }
    }
  });

  it('renders every story exactly once, with the header only on the first message', () => {
    const all = messages.flatMap((m) => sectionTexts(m.blocks)).join('\n');
    for (let i = 1; i <= 60; i += 1) {
      expect(all.match(new RegExp(`Meldung ${i} `, 'gu'))?.length, `story ${i}`).toBe(1);
    }
    expect(messages[0]!.blocks[0]!.type).toBe('header');
    expect(messages.slice(1).every((m) => m.blocks.every((b) => b.type !== 'header'))).toBe(true);
    // A continuation starts with its topic heading, not with an orphaned story.
    expect(sectionTexts(messages[1]!.blocks)[0]).toMatch(/^\*[A-ZÜ]+.*\(\d+\)/u);
  });

  it('lets no article text become a mention, broadcast or foreign link', () => {
    for (const message of messages) {
      for (const text of texts(message)) {
        for (const token of angleTokens(text)) {
          // The only live tokens are our own story links, to the story's own URL.
          expect(token).toMatch(/^https:\/\/news\.example\/a\/\d+\?x=1&y=%3C2%3E%7C3\|/u);
        }
        expect(text).not.toMatch(/<[!@#]/u);
        expect(text).not.toMatch(/@(channel|here|everyone)\b/u);
      }
    }
  });

  it('escapes &, < and > and keeps quotes with their speakers', () => {
    const first = sectionTexts(messages[0]!.blocks).find((t) => t.includes('Meldung 2 '))!;
    expect(first).toContain('&lt;!here|here&gt; Waffenkontrolle &amp; Abrüstung');
    expect(first).toMatch(/^>„Das Telefonat war konstruktiv“ — _Dmitri Peskow_$/mu);
    expect(first).not.toContain('Ohne Sprecher');
  });

  it('links no story whose URL is not http(s)', () => {
    const story0 = sectionTexts(messages[0]!.blocks).find((t) => t.includes('Meldung 1 '))!;
    expect(story0).not.toContain('javascript:');
    expect(angleTokens(story0)).toEqual([]);
  });

  it('shows topic tags as context, at most ten, and the "and N more" hint escaped', () => {
    const contexts = messages.flatMap((m) => m.blocks.filter((b) => b.type === 'context'));
    const tagRows = contexts.filter((b) => b.type === 'context' && b.elements[0]!.text.startsWith('#'));
    expect(tagRows.length).toBe(60);
    const last = messages[messages.length - 1]!.blocks.at(-1)!;
    expect(last.type).toBe('context');
    expect(last.type === 'context' && last.elements[0]!.text).toContain('5 weitere Meldungen');
    expect(last.type === 'context' && last.elements[0]!.text).toContain('&lt;!here&gt;');
  });

  it('writes the chrome in the subscription language and time zone', () => {
    const header = messages[0]!.blocks[0]!;
    expect(header.type === 'header' && header.text.text).toMatch(/^Morgenübersicht · .*08:00 \(Europe\/Berlin\) · 60 Meldungen$/u);
  });

  it('posts nothing for an empty digest and one compact message per story in instant mode', () => {
    expect(renderSlackDigest({ ...hostileDigest(0), moreCount: 0 })).toEqual([]);
    const instant = renderSlackDigest(hostileDigest(4, 'instant'));
    expect(instant).toHaveLength(4);
    for (const message of instant) {
      expect(message.blocks.some((b) => b.type === 'header')).toBe(false);
      expect(message.text).toMatch(/^Neue Meldung: /u);
      expect(sectionTexts(message.blocks).join('\n').match(/^>/gmu)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
