import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discordNonce } from '../../src/chat/index.js';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/index.js';
import { startGateProxy, type GateProxy } from './fixtures/gate-proxy.js';
import { CHANNEL, HOUR, embedTitles, openStore, seedStories, subscribe, tempDatabase } from './fixtures/world.js';

const CHILD = 'test/schedule/fixtures/deliver-child.ts';
const NOW = new Date('2026-03-20T08:00:30Z');
/** 40 stories make four Discord messages of at most ten embeds. */
const STORIES = 40;
const PARTS = 4;

interface Child {
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

function runChild(dbPath: string, apiUrl: string): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, apiUrl, NOW.toISOString()], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null) process.stderr.write(err);
      resolve({ code, signal });
    }),
  );
  return { exit, stdout: () => out, kill: (signal) => child.kill(signal) };
}

/** Waits for the gate to hold a post; fails at once if the child died before that. */
async function heldOrExit(child: Child): Promise<void> {
  const died = child.exit.then((result) => {
    throw new Error(`the delivery child exited before part 3 was posted: ${JSON.stringify(result)}`);
  });
  await Promise.race([gate.held, died]);
}

const nonceOf = discordNonce;
const TITLES = Array.from({ length: STORIES }, (_, i) => `Story ${i + 1}`);

let db: ReturnType<typeof tempDatabase>;
let fake: FakeDiscordServer;
let gate: GateProxy;

beforeEach(async () => {
  db = tempDatabase();
  fake = await startFakeDiscordServer();
  // Hold the third message post: the kill lands while part 3 is in flight.
  gate = await startGateProxy(fake.url, 3);
  const store = openStore(db.path);
  const sub = await subscribe(store, { watermark: new Date(NOW.getTime() - 24 * HOUR) });
  await seedStories(
    store,
    'summits',
    Array.from({ length: STORIES }, (_, i) => new Date(NOW.getTime() - (i + 1) * 10 * 60_000)),
  );
  expect(sub.id).toBe(1);
  await store.close();
});

afterEach(async () => {
  await gate.close();
  await fake.close();
  db.cleanup();
});

describe('crash in the middle of a multi-part digest', () => {
  it('SIGKILL while part 3 is in flight, restart: every part arrives exactly once, in order', async () => {
    const first = runChild(db.path, gate.url);
    await heldOrExit(first);
    first.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');

    // The crash left parts 1–2 sent and 3–5 pending with their payloads stored.
    let store = openStore(db.path);
    const afterCrash = await store.listDeliveries(1);
    expect(afterCrash.map((d) => [d.part, d.status])).toEqual([
      [1, 'sent'],
      [2, 'sent'],
      [3, 'pending'],
      [4, 'pending'],
    ]);
    const periodKey = afterCrash[0]?.periodKey;
    expect(periodKey).toBe('2026-03-20T08:00+00:00');
    await store.close();

    // The held post reaches Discord after the sender died: Discord has part 3, our database does not know.
    await gate.release();
    expect(fake.messages(CHANNEL)).toHaveLength(3);

    const second = runChild(db.path, gate.url);
    expect(await second.exit).toEqual({ code: 0, signal: null });

    store = openStore(db.path);
    const deliveries = await store.listDeliveries(1);
    expect(deliveries.map((d) => d.status)).toEqual(Array(PARTS).fill('sent'));
    const messages = fake.messages(CHANNEL);
    // Exactly one message per part, in part order, each with the stored payload.
    expect(messages.map((m) => m.body)).toEqual(deliveries.map((d) => ({ ...JSON.parse(d.payload), nonce: nonceOf(d.idempotencyKey), enforce_nonce: true })));
    expect(embedTitles(messages)).toEqual(TITLES);
    // Part 3 really was posted twice; the nonce made Discord return the first message instead of a duplicate.
    const part3Posts = fake.requests.filter((r) => (r.body as { nonce?: string } | null)?.nonce === nonceOf(`1:${periodKey}:3`));
    expect(part3Posts).toHaveLength(2);
    expect(deliveries[2]?.platformMessageId).toBe(messages[2]?.id);
    await store.close();

    // A third run for the same period posts nothing.
    const third = runChild(db.path, gate.url);
    expect(await third.exit).toEqual({ code: 0, signal: null });
    expect(JSON.parse(third.stdout())).toEqual([{ status: 'not-due', subscriptionId: 1, periodKey }]);
    expect(fake.messages(CHANNEL)).toHaveLength(PARTS);
  });

  it('SIGKILL before the held part reached Discord: the part is sent once on restart', async () => {
    const first = runChild(db.path, gate.url);
    await heldOrExit(first);
    first.kill('SIGKILL');
    await first.exit;
    // Drop the held request this time: Discord never saw part 3.
    await gate.close();
    gate = await startGateProxy(fake.url, Number.POSITIVE_INFINITY);
    expect(fake.messages(CHANNEL)).toHaveLength(2);

    const second = runChild(db.path, gate.url);
    expect(await second.exit).toEqual({ code: 0, signal: null });
    const outcomes = JSON.parse(second.stdout()) as Array<{ status: string; parts?: number }>;
    expect(outcomes.map((o) => o.status)).toEqual(['sent', 'not-due']);
    expect(outcomes[0]?.parts).toBe(2);
    expect(fake.messages(CHANNEL)).toHaveLength(PARTS);
    expect(embedTitles(fake.messages(CHANNEL))).toEqual(TITLES);
  });
});
