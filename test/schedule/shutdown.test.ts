import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/index.js';
import { startGateProxy, type GateProxy } from './fixtures/gate-proxy.js';
import { CHANNEL, HOUR, embedTitles, openStore, seedStories, subscribe, tempDatabase } from './fixtures/world.js';

const CHILD = 'test/schedule/fixtures/run-child.ts';

let db: ReturnType<typeof tempDatabase>;
let fake: FakeDiscordServer;
let gate: GateProxy;

beforeEach(async () => {
  db = tempDatabase();
  fake = await startFakeDiscordServer();
  gate = await startGateProxy(fake.url, 2);
  const store = openStore(db.path);
  const now = Date.now();
  // Last digest 25 hours ago: whatever the wall clock says, the last 08:00 is owed.
  await subscribe(store, { watermark: new Date(now - 25 * HOUR), createdAt: new Date(now - 30 * 24 * HOUR) });
  // 15 stories: two Discord messages (ten embeds, then five).
  await seedStories(
    store,
    'summits',
    Array.from({ length: 15 }, (_, i) => new Date(now - (i + 1) * 10 * 60_000)),
  );
  await store.close();
});

afterEach(async () => {
  await gate.close();
  await fake.close();
  db.cleanup();
});

/** Resolves with the first stdout line, or rejects if the process exits first. */
function firstLine(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line !== undefined) resolve(line);
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code} before printing its port`)));
  });
}

describe('graceful shutdown', () => {
  it('SIGTERM mid-digest: /healthz and /metrics answered, the digest finishes, exit 0, nothing left pending', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db.path, gate.url, '15000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let logs = '';
    const shuttingDown = new Promise<void>((resolve) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        logs += chunk.toString();
        if (logs.includes('"msg":"shutting down"')) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const { port } = JSON.parse(await firstLine(child)) as { port: number };

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('# TYPE news_digest_digests_sent_total counter');

    // Part 1 is out, part 2 is in flight when the signal comes.
    await gate.held;
    expect(fake.messages(CHANNEL)).toHaveLength(1);
    child.kill('SIGTERM');
    await shuttingDown;
    await gate.release();

    expect(await exited).toBe(0);
    expect(logs).toContain('"msg":"stopped"');
    const store = openStore(db.path);
    expect(await store.listPendingDeliveries()).toEqual([]);
    expect((await store.listDeliveries(1)).map((d) => d.status)).toEqual(['sent', 'sent']);
    await store.close();
    expect(fake.messages(CHANNEL)).toHaveLength(2);
    expect(embedTitles(fake.messages(CHANNEL))).toEqual(Array.from({ length: 15 }, (_, i) => `Story ${i + 1}`));
  });
});
