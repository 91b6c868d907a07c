import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTaxonomy, type Digest } from '../../../src/core/index.js';
import { silentLogger } from '../../../src/config/index.js';
import { openSqliteStore, type Store } from '../../../src/store/index.js';
import { startSlackApp, type SlackApp } from '../../../src/chat/index.js';
import { startFakeSlackServer, type FakeSlackServer } from '../../fakes/slack-server.js';

const NOW = new Date('2018-03-20T07:00:00Z');

describe('Slack /news over Socket Mode', () => {
  let dir: string;
  let store: Store;
  let slack: FakeSlackServer;
  let app: SlackApp;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'slack-socket-'));
    store = openSqliteStore(join(dir, 'news.db'));
    slack = await startFakeSlackServer();
    slack.addUser({ id: 'UOWNER', is_owner: true });
    slack.addChannel({ id: 'C300', creator: 'USOMEONE' });
    app = await startSlackApp({
      botToken: slack.token,
      appToken: slack.appToken,
      apiUrl: slack.apiUrl,
      logger: silentLogger(),
      retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 },
      commands: {
        store,
        taxonomy: buildTaxonomy({}),
        now: () => NOW,
        defaults: { schedule: '0 8 * * *', timezone: 'UTC', language: 'en' },
        checkFeedUrl: async () => undefined,
        previewDigest: async (s): Promise<Digest> => ({
          subscriptionId: s.id,
          periodKey: 'p',
          generatedAt: NOW,
          language: 'en',
          timezone: 'UTC',
          mode: 'digest',
          sections: [],
          moreCount: 0,
          moreHint: null,
        }),
        logger: silentLogger(),
      },
    });
  });
  afterEach(async () => {
    await app.stop();
    await slack.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is chosen by the app-level token, needs no HTTP handler, and answers a slash command in the ack', async () => {
    expect(app.mode).toBe('socket');
    expect(app.handler).toBeUndefined();
    await slack.socketConnected();
    expect(slack.requests.some((r) => r.path === '/api/apps.connections.open' && r.authorization === `Bearer ${slack.appToken}`)).toBe(true);
    const ack = await slack.sendSlashCommand({
      team_id: 'T0FAKE',
      channel_id: 'C300',
      user_id: 'UOWNER',
      command: '/news',
      text: 'subscribe summits weekdays 07:30 Europe/Berlin',
      response_url: slack.responseUrl('socket-1'),
      trigger_id: '1.2.3',
    });
    expect(ack).toMatchObject({ response_type: 'in_channel' });
    expect(String(ack.text)).toContain('Subscribed this channel');
    expect((await store.listSubscriptions({ channelId: 'C300' }))[0]).toMatchObject({
      topics: ['summits'],
      schedule: '30 7 * * 1-5',
      timezone: 'Europe/Berlin',
      createdBy: 'UOWNER',
    });
  });
});
