import { describe, expect, it } from 'vitest';
import { renderDiscordDigest, renderSlackDigest } from '../../src/render/index.js';
import { DiscordMarkdown, DiscordPreview, SlackMrkdwn, SlackPreview } from '../../src/render/html/index.js';
import { daysBetween, renderChartSvg, topicTrendSpec } from '../../src/render/chart/index.js';
import { hostileDigest } from '../render/slack-digest-fixture.js';

const html = (node: unknown): string => String(node);

describe('Discord and Slack look-alikes', () => {
  it('render a 60-story hostile digest from the senders’ own bodies without any live markup or mention', () => {
    const digest = hostileDigest(60);
    const discord = html(DiscordPreview({ messages: renderDiscordDigest(digest) }));
    const slack = html(SlackPreview({ messages: renderSlackDigest(digest) }));
    for (const page of [discord, slack]) {
      expect(page).not.toMatch(/<script|<img|<iframe|href="javascript:|onerror=/i);
      expect(page).not.toContain('class="md-mention"');
      expect(page).toContain('Within every limit.');
      expect(page).not.toContain('class="violations"');
    }
    expect(discord.match(/class="dc-message"/g)?.length).toBe(renderDiscordDigest(digest).length);
    expect(slack.match(/class="sl-message"/g)?.length).toBe(renderSlackDigest(digest).length);
  });

  it('shows Discord markdown as Discord does, and escaped characters as text', () => {
    expect(html(DiscordMarkdown({ text: '**bold** \\*\\*not\\*\\* <b>x</b>' }))).toBe('<strong>bold</strong> **not** &lt;b&gt;x&lt;/b&gt;');
    expect(html(DiscordMarkdown({ text: '[site](https://example.com) [bad](javascript:alert(1))', extended: true }))).toMatch(
      /^<a href="https:\/\/example.com\/" rel="noopener noreferrer nofollow" target="_blank">site<\/a> (?!.*href="javascript)/,
    );
    // A live mention would ping: the look-alike marks it so a leak is visible.
    expect(html(DiscordMarkdown({ text: '@everyone <@123>' }))).toContain('class="md-mention"');
  });

  it('shows Slack mrkdwn as Slack does: entities decoded once, links only http(s), mentions marked', () => {
    expect(html(SlackMrkdwn({ text: '*bold* _it_ ~s~ `c` &lt;script&gt;' }))).toBe('<strong>bold</strong> <em>it</em> <s>s</s> <code>c</code> &lt;script&gt;');
    expect(html(SlackMrkdwn({ text: '<https://example.com/a?b=1&amp;c=2|a *label*> <javascript:alert(1)|x>' }))).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">a *label*</a> x',
    );
    expect(html(SlackMrkdwn({ text: '<!channel> <@U123>' }))).toBe('<span class="md-mention">@channel</span> <span class="md-mention">@U123</span>');
    expect(html(SlackMrkdwn({ text: '>quoted\n&gt; too' }))).toBe('<blockquote>quoted<br/>too</blockquote>');
  });
});

describe('chart SVG', () => {
  it('escapes labels from feeds and links only to local paths', async () => {
    const days = daysBetween('2024-05-01', '2024-05-03');
    const svg = await renderChartSvg(
      topicTrendSpec([{ day: '2024-05-02', topic: 't', count: 2 }], {
        title: 'Trend <script>alert(1)</script>',
        days,
        label: () => '<img src=x onerror=alert(1)>',
        link: (p) => (p.day === '2024-05-01' ? 'javascript:alert(1)' : `/stories?topic=${p.topic}&day=${p.day}`),
      }),
    );
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('xlink:href="/stories?topic=t&amp;day=2024-05-02"');
    expect(svg).not.toContain('javascript:');
    expect(svg.match(/<a /g)?.length).toBe(3);
  });
});

describe('chart library side effects', () => {
  it('leaves Set.prototype alone between renders, so discord.js still loads after the chart code', async () => {
    await renderChartSvg(topicTrendSpec([{ day: '2024-05-01', topic: 't', count: 1 }], { title: 't', days: ['2024-05-01'] }));
    expect(Object.getOwnPropertyNames(Set.prototype)).not.toContain('toJSON');
    expect(JSON.stringify(new Set([1]))).toBe('{}');
    const discord = await import('discord.js');
    expect(typeof discord.REST).toBe('function');
  });
});
