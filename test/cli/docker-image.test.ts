import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unassignedPort } from '../ports.js';
import { waitFor } from './bot-process.js';

/**
 * Docker cannot build here, so this lays out the runtime stage of the Dockerfile
 * as written (every COPY into WORKDIR, the build stage's `npm run build` output as
 * dist/) and runs the image's own commands in it: `demo`, CMD and HEALTHCHECK.
 */
interface RuntimeStage {
  workdir: string;
  copies: { fromBuild: boolean; source: string; target: string }[];
  healthcheck: string[];
  cmd: string[];
}

function runtimeStage(dockerfile: string): RuntimeStage {
  const lines = dockerfile.replace(/\\\n\s*/g, ' ').split('\n');
  const start = lines.findIndex((line) => /^FROM \S+ AS runtime$/i.test(line.trim()));
  const stage = lines.slice(start + 1).map((line) => line.trim());
  const json = (prefix: RegExp) => JSON.parse(stage.find((line) => prefix.test(line))!.replace(prefix, '')) as string[];
  return {
    workdir: stage.find((line) => line.startsWith('WORKDIR '))!.slice('WORKDIR '.length),
    copies: stage
      .filter((line) => line.startsWith('COPY '))
      .map((line) => {
        const parts = line.split(/\s+/).slice(1);
        const fromBuild = parts[0] === '--from=build';
        const [source, target] = fromBuild ? parts.slice(1) : parts;
        return { fromBuild, source: source!, target: target! };
      }),
    healthcheck: json(/^HEALTHCHECK .*CMD /),
    cmd: json(/^CMD /),
  };
}

const stage = runtimeStage(readFileSync('Dockerfile', 'utf8'));
const app = join(mkdtempSync(join(tmpdir(), 'nd-image-')), 'app');
const built = join(mkdtempSync(join(tmpdir(), 'nd-image-build-')), 'dist');

function node(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000) {
  return spawnSync(process.execPath, args, { cwd: app, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8', timeout: timeoutMs });
}

beforeAll(() => {
  // The build stage: `npm run build` (the type check, then scripts/build.mjs), here the bundle into a temporary dist/.
  expect(readFileSync('package.json', 'utf8')).toContain('"build": "tsc --noEmit && node scripts/build.mjs"');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', built], { encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  mkdirSync(app, { recursive: true });
  for (const copy of stage.copies) {
    const target = resolve(app, copy.target.endsWith('/') ? copy.source.split('/').pop()! : copy.target);
    if (!copy.fromBuild) cpSync(resolve(copy.source), target, { recursive: true });
    else if (copy.source === '/app/node_modules') symlinkSync(resolve('node_modules'), target, 'dir');
    else if (copy.source === '/app/dist') cpSync(built, target, { recursive: true });
    else throw new Error(`the test does not know how the build stage makes ${copy.source}`);
  }
}, 180_000);

describe('the Docker image (runtime stage laid out from the Dockerfile)', () => {
  it('runs WORKDIR /app with CMD `node dist/cli.js run`', () => {
    expect(stage.workdir).toBe('/app');
    expect(stage.cmd).toEqual(['node', 'dist/cli.js', 'run']);
  });

  it('can run `demo`: the sample feeds are in the image', () => {
    const demo = node(['dist/cli.js', 'demo'], { NEWS_DIGEST_DB: join(app, 'unused.db') });
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Polled 4 sample feeds/);
    expect(demo.stdout).not.toMatch(/404/);
    expect(demo.stdout).toMatch(/Putin|Trump/);
  });

  it('analyses a large feed in worker threads: the workers load from the bundle as they do from the sources', () => {
    // 400 items of about 3 kB: over the sizes at which `analyze` starts its pool (src/cli/analyze.ts).
    const paragraphs = [
      'Die Außenminister trafen sich am Montag in Wien. „Wir wollen die Gespräche fortsetzen“, sagte die Ministerin nach dem Treffen.',
      'The two delegations met again on Tuesday. "We have made progress on the inspections," the envoy told reporters in Geneva.',
      'Les négociateurs se sont retrouvés à Genève. « Nous avons avancé sur les contrôles », a déclaré le porte-parole du ministère.',
      'Los ministros se reunieron el jueves en Madrid. «Seguiremos negociando», afirmó la portavoz del Gobierno tras la reunión.',
    ];
    const items = Array.from({ length: 400 }, (_, i) => {
      const text = Array.from({ length: 24 }, (_, k) => paragraphs[(i + k) % paragraphs.length]).join(' ');
      return `<item><title>Bericht ${i}</title><link>https://news.example.org/${i}</link><description>${text} (${i})</description></item>`;
    });
    const feed = join(app, 'large.xml');
    writeFileSync(feed, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Large</title>${items.join('\n')}</channel></rss>`);
    expect(statSync(feed).size).toBeGreaterThan(1_000_000);
    const threaded = node(['dist/cli.js', 'analyze', '--json', feed], { NEWS_DIGEST_ANALYZE_THREADS: '2' }, 120_000);
    expect(threaded.status, threaded.stderr).toBe(0);
    const single = node(['dist/cli.js', 'analyze', '--json', feed], { NEWS_DIGEST_ANALYZE_THREADS: '1' }, 120_000);
    expect(single.status, single.stderr).toBe(0);
    expect(threaded.stdout.trim().split('\n')).toHaveLength(400);
    expect(threaded.stdout).toBe(single.stdout);
  }, 240_000);

  describe('HEALTHCHECK follows http.port', () => {
    let port: number;
    let config: string;
    let bot: ReturnType<typeof spawn> | null = null;
    beforeAll(async () => {
      port = await unassignedPort();
      config = join(app, 'config.yaml');
      writeFileSync(config, `http:\n  port: ${port}\n  host: 0.0.0.0\n`);
    });
    afterAll(async () => {
      if (bot && bot.exitCode === null) {
        const exited = new Promise((done) => bot!.on('close', done));
        bot.kill('SIGTERM');
        await exited;
      }
    });

    it('fails while nothing answers on that port, and passes once CMD is up', async () => {
      const env = { NEWS_DIGEST_CONFIG: config, NEWS_DIGEST_DB: join(app, 'bot.db'), LOG_LEVEL: 'warn' };
      const [command, ...args] = stage.healthcheck;
      expect(command).toBe('node');
      const down = node(args, env);
      expect(down.status).toBe(1);
      expect(down.stderr).toMatch(new RegExp(`Nothing answered http://127\\.0\\.0\\.1:${port}/healthz \\(ECONNREFUSED\\)`));

      const [, ...cmdArgs] = stage.cmd;
      bot = spawn(process.execPath, cmdArgs, { cwd: app, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: 'ignore' });
      const up = await waitFor(
        async () => {
          const check = node(args, env);
          return check.status === 0 ? check : null;
        },
        60_000,
        'the health check to pass',
      );
      expect(up.stdout).toBe(`ok: http://127.0.0.1:${port}/healthz\n`);
    });
  });
});
