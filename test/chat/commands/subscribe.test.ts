import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleCommand, type CommandReply } from '../../../src/chat/index.js';
import { createHarness, member, moderator, type Harness } from './harness.js';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

const errorText = (reply: CommandReply) => {
  expect(reply.error).toBe(true);
  expect(reply.ephemeral).toBe(true);
  expect(reply.lines).toHaveLength(1);
  return reply.lines[0]!.text;
};

describe('/news subscribe', () => {
  it('subscribes the channel with converted schedule, canonical time zone and defaults', async () => {
    const reply = await handleCommand(
      { name: 'subscribe', options: { topics: 'summits, Arms-Control', schedule: 'daily 07:30', timezone: 'europe/berlin', language: 'DE' } },
      moderator,
      h.deps,
    );
    expect(reply.error).toBeUndefined();
    expect(reply.ephemeral).toBe(false);
    const [sub, ...others] = await h.store.listSubscriptions({ platform: 'discord', channelId: moderator.channelId });
    expect(others).toHaveLength(0);
    expect(sub).toMatchObject({
      workspaceId: moderator.workspaceId,
      topics: ['summits', 'arms-control'],
      schedule: '30 7 * * *',
      timezone: 'Europe/Berlin',
      mode: 'digest',
      language: 'de',
      createdBy: moderator.userId,
      status: 'active',
    });
    expect(reply.lines[0]).toMatchObject({ text: 'summits, arms-control', channelId: moderator.channelId });
    expect(reply.lines[0]!.detail).toContain('daily 07:30');
  });

  it('updates the existing subscription instead of adding a second one', async () => {
    await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, moderator, h.deps);
    const reply = await handleCommand({ name: 'subscribe', options: { topics: 'sanctions', mode: 'instant' } }, moderator, h.deps);
    expect(reply.title).toBe('Subscription updated');
    const subs = await h.store.listSubscriptions({ channelId: moderator.channelId });
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ topics: ['sanctions'], mode: 'instant', schedule: '0 8 * * *', timezone: 'Europe/Berlin', language: 'en' });
  });

  it('resumes a paused subscription, says so and why it was paused, and notifies the scheduler', async () => {
    await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, moderator, h.deps);
    const [sub] = await h.store.listSubscriptions();
    await h.store.updateSubscription(sub!.id, { status: 'paused', pausedReason: 'discord refused the post: Missing Access: the bot cannot post in channel 1' });
    let changes = 0;
    const reply = await handleCommand({ name: 'subscribe', options: { topics: 'summits,trade' } }, moderator, {
      ...h.deps,
      onSubscriptionsChanged: () => (changes += 1),
    });
    expect(reply.error).toBeUndefined();
    expect(reply.ephemeral).toBe(false);
    expect(reply.title).toBe('Subscription resumed');
    expect(reply.lines[0]).toMatchObject({ text: 'summits, trade', channelId: moderator.channelId });
    expect(reply.lines[0]!.detail).toMatch(/ · active$/);
    expect(reply.lines[1]!.detail).toContain('Missing Access');
    expect(changes).toBe(1);
    const subs = await h.store.listSubscriptions();
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ id: sub!.id, status: 'active', pausedReason: null, topics: ['summits', 'trade'] });
  });

  it('refuses members without Manage Channels and stores nothing', async () => {
    const reply = await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, member, h.deps);
    expect(errorText(reply)).toMatch(/Manage Channels permission/);
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });

  it('suggests the closest topic for a typo', async () => {
    const reply = await handleCommand({ name: 'subscribe', options: { topics: 'summits,arms-contrl' } }, moderator, h.deps);
    expect(errorText(reply)).toBe('Unknown topic "arms-contrl" — did you mean "arms-control"? /news topics lists them all.');
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });

  it('names the invalid cron field', async () => {
    const reply = await handleCommand({ name: 'subscribe', options: { topics: 'summits', schedule: '61 8 * * *' } }, moderator, h.deps);
    expect(errorText(reply)).toBe(
      'Schedule "61 8 * * *" is not valid: 61 is not a valid minute (0–59). Try "daily 08:00" or a cron expression like "0 8 * * *".',
    );
  });

  it('rejects unknown time zones, modes and languages with one sentence each', async () => {
    const bad = [
      [{ timezone: 'Mars/Olympus' }, /not a time zone I know; use an IANA name like Europe\/Berlin/],
      [{ mode: 'weekly' }, /Mode "weekly" is not valid; use digest .* or instant/],
      [{ language: 'it' }, /Language "it" is not supported; use one of de, en, fr, es/],
    ] as const;
    for (const [options, message] of bad) {
      const reply = await handleCommand({ name: 'subscribe', options: { topics: 'summits', ...options } }, moderator, h.deps);
      expect(errorText(reply)).toMatch(message);
    }
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });
});

describe('/news unsubscribe', () => {
  beforeEach(async () => {
    await handleCommand({ name: 'subscribe', options: { topics: 'summits,arms-control' } }, moderator, h.deps);
  });

  it('drops single topics, then removes the subscription', async () => {
    const partial = await handleCommand({ name: 'unsubscribe', options: { topics: 'summits' } }, moderator, h.deps);
    expect(partial.error).toBeUndefined();
    expect((await h.store.listSubscriptions())[0]!.topics).toEqual(['arms-control']);
    const full = await handleCommand({ name: 'unsubscribe', options: {} }, moderator, h.deps);
    expect(full.title).toBe('Unsubscribed this channel');
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });

  it('refuses members without Manage Channels', async () => {
    const reply = await handleCommand({ name: 'unsubscribe', options: {} }, member, h.deps);
    expect(errorText(reply)).toMatch(/Manage Channels/);
    expect(await h.store.listSubscriptions()).toHaveLength(1);
  });

  it('says which topics the channel follows when asked to drop another', async () => {
    const reply = await handleCommand({ name: 'unsubscribe', options: { topics: 'trade' } }, moderator, h.deps);
    expect(errorText(reply)).toBe('This channel does not follow trade; it follows summits, arms-control.');
    const elsewhere = await handleCommand({ name: 'unsubscribe', options: {} }, { ...moderator, channelId: '700000000000000009' }, h.deps);
    expect(errorText(elsewhere)).toMatch(/no subscription yet; create one with \/news subscribe/);
  });
});

describe('/news subscriptions', () => {
  it("lists this channel's and the server's subscriptions, not other servers'", async () => {
    await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, moderator, h.deps);
    await handleCommand({ name: 'subscribe', options: { topics: 'trade' } }, { ...moderator, channelId: '700000000000000002' }, h.deps);
    await handleCommand(
      { name: 'subscribe', options: { topics: 'cyber' } },
      { ...moderator, workspaceId: '800000000000000099', channelId: '700000000000000003' },
      h.deps,
    );
    const reply = await handleCommand({ name: 'subscriptions', options: {} }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.title).toBe('Subscriptions (2)');
    expect(reply.lines.map((line) => line.text)).toEqual(['This channel: summits', 'trade']);
    expect(reply.lines[1]!.channelId).toBe('700000000000000002');
  });

  it('is open to members without permissions and says when the channel has none', async () => {
    const reply = await handleCommand({ name: 'subscriptions', options: {} }, member, h.deps);
    expect(reply.error).toBeUndefined();
    expect(reply.lines[0]!.text).toMatch(/This channel: no subscription/);
  });

  it('shows why a paused subscription is paused', async () => {
    await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, moderator, h.deps);
    const [sub] = await h.store.listSubscriptions();
    await h.store.updateSubscription(sub!.id, { status: 'paused', pausedReason: 'Missing Access: the bot cannot post in channel 1' });
    const reply = await handleCommand({ name: 'subscriptions', options: {} }, member, h.deps);
    expect(reply.lines[0]!.detail).toContain('paused: Missing Access');
    // The same answer for a subscription elsewhere on the server.
    const elsewhere = await handleCommand({ name: 'subscriptions', options: {} }, { ...member, channelId: '700000000000000002' }, h.deps);
    expect(elsewhere.lines[1]).toMatchObject({ channelId: moderator.channelId, detail: expect.stringContaining('paused: Missing Access') });
  });

  it('does not let members resume a paused subscription', async () => {
    await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, moderator, h.deps);
    const [sub] = await h.store.listSubscriptions();
    await h.store.updateSubscription(sub!.id, { status: 'paused', pausedReason: 'Missing Access' });
    const reply = await handleCommand({ name: 'subscribe', options: { topics: 'summits' } }, member, h.deps);
    expect(reply.error).toBe(true);
    expect((await h.store.getSubscription(sub!.id))?.status).toBe('paused');
  });
});
