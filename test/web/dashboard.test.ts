/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, DISCORD_CHANNEL, HOSTILE_TITLE, startWorld, type World } from './world.js';
import { launchChromium, logIn, screenshot, seriousViolations } from './browser.js';
import { startLocalServer } from '../feeds/local-server.js';
import { readPng } from './png.js';

/** The dashboard in real headless Chromium, on data the real poller stored from local feed servers. */
describe('web dashboard in Chromium', () => {
  let world: World;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    [world, browser] = await Promise.all([startWorld(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterEach(async () => {
    await context.close();
  });

  const expectAccessible = async (name: string) => {
    await screenshot(page, name);
    expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  };

  it('answers any page without a session with the login page, and refuses a wrong token', async () => {
    for (const path of ['/', '/stories/1', '/trends', '/preview?why=x']) {
      await page.goto(`${world.url}${path}`);
      expect(new URL(page.url()).pathname).toBe('/login');
      await expect(page.title()).resolves.toBe('Log in · news-digest');
    }
    const anonymousPost = await fetch(`${world.url}/subscriptions/${world.subscriptions.discord.id}/pause`, { method: 'POST', redirect: 'manual' });
    expect(anonymousPost.status).toBe(403);
    await page.getByLabel('Admin token').fill('not-the-token-at-all-not-it');
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('That token is not right.');
    await expectAccessible('login');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'nd_session')).toBeUndefined();
    expect((await world.ctx.store().then((s) => s.getSubscription(world.subscriptions.discord.id)))?.status).toBe('active');
  });

  it('logs in with an HttpOnly SameSite=Strict session and shows the failing feed with its reason', async () => {
    await logIn(page, world.url, ADMIN_TOKEN);
    const session = (await context.cookies()).find((c) => c.name === 'nd_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });
    const broken = page.getByRole('row', { name: /Broken Feed/ });
    await expect(broken.textContent()).resolves.toMatch(/failing ×1/);
    expect(await broken.textContent()).toMatch(/HTTP 500/);
    const retired = page.getByRole('row', { name: /Retired Feed/ });
    expect(await retired.textContent()).toMatch(/disabled.*no longer in the config file/);
    expect(
      await page
        .getByRole('row', { name: /Tagesblick/ })
        .locator('.badge')
        .textContent(),
    ).toBe('ok');
    expect(await broken.locator('.badge').textContent()).toBe('failing ×1');
    expect(await page.getByRole('row', { name: new RegExp(`#${world.subscriptions.discord.id} discord`) }).textContent()).toMatch(/daily 08:00/);
    await expectAccessible('overview');

    await retired.getByRole('button', { name: 'Re-enable' }).click();
    await page.waitForURL(`${world.url}/`);
    expect(await page.getByRole('status').first().textContent()).toMatch(/Retired Feed is enabled again/);
    const feed = (await (await world.ctx.store()).listFeeds()).find((f) => f.name === 'Retired Feed');
    expect(feed).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('previews a hostile feed as Discord and Slack show it: no script runs, no markup or mention leaks', async () => {
    await logIn(page, world.url, ADMIN_TOKEN);
    await page.goto(`${world.url}/preview`);
    await page.getByLabel('Summits').check();
    await page.getByLabel('Look back (hours)').fill('48');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForURL(/\/preview\?/);

    const discord = page.locator('.dc-channel');
    const slack = page.locator('.sl-channel');
    const hostileEmbed = discord.locator('.dc-embed', { hasText: '**fett**' });
    await expect(hostileEmbed.count()).resolves.toBe(1);
    // The feed parser reduces the title to plain text (the script and the <img> are gone, see docs/feeds.md);
    // what is left arrives as literal text, markdown characters, mentions and all.
    // (The renderer puts a zero-width space after "<" before "/", "@", "#" and ":" so nothing can become a mention.)
    const embedTitle = ((await hostileEmbed.locator('.dc-title').textContent()) ?? '').replace(/\u200b/g, '');
    expect(embedTitle).toContain('Gipfeltreffen **fett** _kursiv_ @everyone <@&123> [klick](javascript:alert(1))');
    expect(embedTitle).not.toContain('__pwned');
    const slackText = ((await slack.textContent()) ?? '').replace(/\u200b/g, '');
    expect(slackText).toContain('<@&123> [klick](javascript:alert(1))');
    expect(slackText).not.toContain('__pwned');
    // In Slack the title is a <url|label> link token: its label is text, whatever characters it holds.
    const slackTitle = slack.locator(`a[href="${world.hostileUrl}"]`);
    expect(((await slackTitle.textContent()) ?? '').replace(/\u200b|\u2060/g, '')).toContain('**fett** _kursiv_');
    // Nothing became markup: no script, image or javascript: link anywhere, no bold "fett", no live mention.
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('.dc-channel strong', { hasText: /^fett$/ }).count()).toBe(0);
    expect(await page.locator('.sl-channel strong', { hasText: /^fett$/ }).count()).toBe(0);
    expect(await page.locator('.md-mention').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // Limits are shown per message, and every message is within them.
    expect(await discord.locator('.limits').first().textContent()).toMatch(/embed characters \(all embeds\)\s*[\d,]+\s*6,000/);
    expect(await page.locator('.violations').count()).toBe(0);
    await expectAccessible('preview-hostile');

    // "Why not" for the German article: its feed, language and topic scores against thresholds.
    await page.getByLabel('Article URL').fill(`${world.feeds.origin}/a/${world.fixtures.de.id.replace(/[^a-z0-9]+/gi, '-')}`);
    await page.getByRole('button', { name: 'Preview' }).click();
    const why = page.locator('section', { has: page.getByRole('heading', { name: 'Why not?' }) });
    expect(await why.textContent()).toMatch(/Seen by feed #\d+ Tagesblick .*language de/);
    expect(await why.getByRole('row', { name: /Summits/ }).textContent()).toMatch(/yes\s*[\d.]+\s*[\d.]+\s*Gipfeltreffen/);
    await expectAccessible('preview-why');
  });

  it('opens a story with its sources in two languages, evidence words marked and quotes with speakers', async () => {
    await logIn(page, world.url, ADMIN_TOKEN);
    await page.goto(`${world.url}/stories`);
    await page
      .getByRole('link', { name: world.fixtures.en.title })
      .or(page.getByRole('link', { name: world.fixtures.de.title }))
      .first()
      .click();
    await page.waitForURL(/\/stories\/\d+$/);
    const sources = page.locator('article.source');
    expect(await sources.count()).toBe(2);
    expect(await page.locator('article.source[lang="de"]').count()).toBe(1);
    expect(await page.locator('article.source[lang="en"]').count()).toBe(1);
    expect(await page.locator('article.source[lang="de"] h3').textContent()).toBe(world.fixtures.de.title);
    expect(await page.locator('article.source[lang="de"] h3 mark').first().textContent()).toBe('Gipfeltreffen');
    expect(await page.locator('main').textContent()).toMatch(/Tagesblick/);
    expect(await page.locator('main').textContent()).toMatch(/The Meridian/);
    const quote = page.locator('article.source[lang="de"] blockquote').first();
    expect(await quote.locator('footer').textContent()).toMatch(/— \S+/);
    await expectAccessible('story');
  });

  it('filters search by text, topic, language and speaker like /news search', async () => {
    await logIn(page, world.url, ADMIN_TOKEN);
    await page.goto(`${world.url}/stories`);
    await expectAccessible('stories');
    await page.getByLabel('Text').fill('Gipfeltreffen');
    await page.getByLabel('Topic').selectOption('summits');
    await page.getByLabel('Language').fill('de');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=Gipfeltreffen/);
    const hits = page.locator('ol.hits > li');
    expect(await hits.count()).toBeGreaterThan(0);
    for (const text of await page.locator('ul.matches li').allTextContents()) expect(text).toMatch(/\(de\)/);
    expect((await page.locator('ul.matches').allTextContents()).join('\n')).not.toMatch(/\(en\)/);
    await screenshot(page, 'stories-filtered');

    await page.getByLabel('Language').fill('en');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/language=en/);
    expect(await page.locator('#results-h').textContent()).toMatch(/0 results|result/);
    for (const text of await page.locator('ul.matches li').allTextContents()) expect(text).toMatch(/\(en\)/);

    await page.goto(`${world.url}/stories?speaker=${encodeURIComponent('Peskow')}`);
    const quotes = page.locator('ol.hits blockquote footer');
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const text of await quotes.allTextContents()) expect(text).toMatch(/Peskow|Peskov/);
  });

  it('loads the trend chart as server-side SVG whose points lead to the stories behind them, and the same chart as a PNG', async () => {
    await logIn(page, world.url, ADMIN_TOKEN);
    await page.goto(`${world.url}/trends?days=7`);
    const chart = page.locator('#trend-chart svg');
    expect(await chart.count()).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    const point = page.locator(`#trend-chart a[*|href="/stories?topic=summits&day=${today}"]`);
    expect(await point.count()).toBe(1);
    expect(await page.locator('#volume-chart svg').count()).toBe(1);
    expect(await page.locator('section', { hasText: 'Top speakers per topic' }).getByRole('table').count()).toBeGreaterThan(0);
    await expectAccessible('trends');

    // Followed from the keyboard: another topic with the same count that day draws its point on the same spot, on top.
    await point.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/stories\?topic=summits&day=/);
    expect(await page.locator('#results-h').textContent()).toContain(`Stories first seen on ${today} tagged summits`);
    const titles = await page.locator('ol.hits h3').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join('\n')).toMatch(/Putin|Gipfel/);

    const png = await page.request.get(`${world.url}/trends/chart.png?days=7&topics=summits`);
    expect(png.headers()['content-type']).toBe('image/png');
    const info = readPng(await png.body());
    expect(info.width).toBeGreaterThan(1000);
  });

  it('refuses forged form posts: no token, a wrong token, and a cross-origin page submitting on the operator’s behalf', async () => {
    await logIn(page, world.url, ADMIN_TOKEN);
    const subId = world.subscriptions.discord.id;
    const store = await world.ctx.store();
    const noToken = await page.request.post(`${world.url}/subscriptions/${subId}/pause`, { form: {}, maxRedirects: 0 });
    expect(noToken.status()).toBe(403);
    const wrongToken = await page.request.post(`${world.url}/subscriptions/${subId}/pause`, { form: { _csrf: 'x'.repeat(43) }, maxRedirects: 0 });
    expect(wrongToken.status()).toBe(403);
    const attacker = await startLocalServer({
      '/': (_q, r) =>
        r
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            `<form id="f" method="post" action="${world.url}/subscriptions/${subId}/pause"><input name="_csrf" value="guess"></form><script>document.getElementById('f').submit()</script>`,
          ),
    });
    try {
      const [response] = await Promise.all([page.waitForResponse(`${world.url}/subscriptions/${subId}/pause`), page.goto(attacker.origin)]);
      expect(response.status()).toBe(403);
    } finally {
      await attacker.close();
    }
    expect((await store.getSubscription(subId))?.status).toBe('active');
  });

  it('pauses and resumes a subscription, and sends a digest only after the dry run', async () => {
    await logIn(page, world.url, ADMIN_TOKEN);
    const store = await world.ctx.store();
    const sub = world.subscriptions.discord;
    const row = () => page.getByRole('row', { name: new RegExp(`#${sub.id} discord`) });
    await row().getByRole('button', { name: 'Pause' }).click();
    await page.waitForURL(`${world.url}/`);
    expect((await store.getSubscription(sub.id))?.status).toBe('paused');
    expect(await row().textContent()).toMatch(/paused from the dashboard/);
    await row().getByRole('button', { name: 'Resume' }).click();
    await page.waitForURL(`${world.url}/`);
    expect((await store.getSubscription(sub.id))?.status).toBe('active');

    await row().getByRole('link', { name: 'Send now…' }).click();
    await page.waitForURL(/\/send$/);
    expect(await page.getByRole('status').textContent()).toMatch(/Dry run .*Nothing has been sent or recorded/);
    expect(world.discord.messages(DISCORD_CHANNEL)).toEqual([]);
    expect(await store.listDeliveries(sub.id)).toEqual([]);
    await expectAccessible('send-dry-run');
    await page.getByRole('button', { name: /^Send \d+ stor/ }).click();
    await page.waitForURL(`${world.url}/`);
    expect(await page.getByRole('status').first().textContent()).toMatch(new RegExp(`#${sub.id}: sent \\d+ stories`));
    const posted = world.discord.messages(DISCORD_CHANNEL);
    expect(posted.length).toBeGreaterThan(0);
    expect(posted.every((m) => JSON.stringify(m.allowed_mentions) === '{"parse":[]}')).toBe(true);
    expect(world.discord.schemaViolations).toEqual([]);
  });

  it('fits a phone screen without sideways scrolling of the page', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const small = await phone.newPage();
    try {
      await logIn(small, world.url, ADMIN_TOKEN);
      for (const [name, path] of [
        ['phone-overview', '/'],
        ['phone-preview', `/preview?subscription=${world.subscriptions.discord.id}`],
        ['phone-trends', '/trends'],
      ] as const) {
        await small.goto(`${world.url}${path}`);
        const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, name).toBeLessThanOrEqual(0);
        await screenshot(small, name);
      }
    } finally {
      await phone.close();
    }
  });

  it('keeps the hostile title escaped in every page that lists it', async () => {
    const html = await (await fetch(`${world.url}/login`)).text();
    expect(html).not.toContain('<script');
    await logIn(page, world.url, ADMIN_TOKEN);
    for (const path of ['/stories?q=Gipfeltreffen', '/trends', `/preview?topics=summits&hours=48`]) {
      const body = await (await page.request.get(`${world.url}${path}`)).text();
      expect(body, path).not.toContain('<script');
      expect(body, path).not.toMatch(/<img\b/);
      if (path.startsWith('/stories')) expect(body).toContain('@everyone &lt;@&amp;123&gt; [klick](javascript:alert(1))');
    }
    expect(HOSTILE_TITLE).toContain('<script>');
  });
});
