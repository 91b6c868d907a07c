import { describe, expect, it } from 'vitest';
import { formatSlackReply, slackUsageReply } from '../../../src/chat/index.js';
import { blockKitViolation } from '../../fakes/slack-server.js';
import { hostileDigest } from '../../render/slack-digest-fixture.js';

describe('CommandReply as Slack blocks', () => {
  it('escapes reply text, links titles and shows quotes as quote lines', () => {
    const [reply] = formatSlackReply({
      ephemeral: true,
      title: 'Search <!here>',
      lines: [
        { text: '<!channel> Gipfel', url: 'https://news.example/1', detail: 'Tagesblick · 20 Mar', quote: 'Wir & die <@U1>' },
        { text: 'Zweiter Treffer', detail: null },
      ],
    });
    expect(reply!.response_type).toBe('ephemeral');
    const wire = JSON.stringify(reply);
    expect(wire).not.toMatch(/<[!@]/u);
    const body = reply!.blocks.map((b) => (b.type === 'section' ? b.text.text : '')).join('\n');
    expect(body).toContain('*Search &lt;!here&gt;*');
    expect(body).toContain('• <https://news.example/1|&lt;!channel&gt; Gipfel> — Tagesblick · 20 Mar\n>Wir &amp; die &lt;@U1&gt;');
    expect(blockKitViolation(reply!.text, reply!.blocks)).toBeNull();
  });

  it('marks errors, and answers in the channel when the reply is not ephemeral', () => {
    const [error] = formatSlackReply({ ephemeral: true, error: true, lines: [{ text: 'Topic "x" is unknown.' }] });
    expect(error!.blocks[0]!.type === 'section' && error!.blocks[0]!.text.text).toBe(':warning: Topic "x" is unknown.');
    const [shared] = formatSlackReply({ ephemeral: false, title: 'Subscribed this channel', lines: [{ text: 'summits' }] });
    expect(shared!.response_type).toBe('in_channel');
  });

  it('keeps a very long listing within the section and block limits', () => {
    const lines = Array.from({ length: 400 }, (_, i) => ({ text: `Treffer ${i} `.repeat(20), detail: 'Quelle' }));
    const [reply] = formatSlackReply({ ephemeral: true, title: 'Viele', lines });
    expect(blockKitViolation(reply!.text, reply!.blocks)).toBeNull();
  });

  it('renders a digest preview with the Slack digest renderer, at most five responses', () => {
    const replies = formatSlackReply({ ephemeral: true, lines: [], digest: hostileDigest(60) });
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.length).toBeLessThanOrEqual(5);
    expect(replies[0]!.blocks[0]!.type).toBe('header');
    for (const reply of replies) expect(blockKitViolation(reply.text, reply.blocks)).toBeNull();
  });

  it('escapes the usage text', () => {
    const reply = slackUsageReply('"x" is not a /news command.\nUsage: /news subscribe <topics>');
    expect(reply.blocks[0]!.type === 'section' && reply.blocks[0]!.text.text).toBe(
      ':information_source: "x" is not a /news command.\nUsage: /news subscribe &lt;topics&gt;',
    );
  });
});
