import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Response times on a busy machine, judged against a control. A server under test
 * answering slowly may be blocked by what it is made to do, or the machine may
 * just be busy (other test files run in parallel, other jobs share the cores),
 * which slows every process alike. So each probe asks the server under test and a
 * control at the same moment, from the same loop: the control is an idle HTTP
 * server in its own process that answers at once. Its time is what the machine
 * and the prober cost; the excess of the target over it is the target's own delay.
 */

const CONTROL = `
const server = require('node:http').createServer((req, res) => res.end('{"status":"ok"}'));
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
process.stdin.on('end', () => process.exit(0)).resume();
`;

export interface ControlServer {
  url: string;
  close(): Promise<void>;
}

/** The control: `node -e` listening on port 0 and printing the port it got; it exits when its stdin closes. */
export function startControlServer(): Promise<ControlServer> {
  const child = spawn(process.execPath, ['-e', CONTROL], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the control server exited with ${code} before listening`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('\n')) return;
      resolve({
        url: `http://127.0.0.1:${out.trim()}/`,
        close: async () => {
          child.stdin.end();
          await exited;
        },
      });
    });
  });
}

const timed = async (url: string): Promise<number> => {
  const started = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
};

export interface Latencies {
  /** Round trips to the target (ms). */
  target: number[];
  /** The control's round trip asked at the same moment, one per target sample. */
  control: number[];
  /** target − control, sample by sample: the target's own delay. */
  excess: number[];
}

/** Asks `target` and the control together every `pauseMs` until stop(); every target answer must be 200. */
export function probeLatency(target: string, control: ControlServer, pauseMs = 20): { stop(): Promise<Latencies> } {
  const samples: Latencies = { target: [], control: [], excess: [] };
  let running = true;
  const loop = (async () => {
    while (running) {
      const [t, c] = await Promise.all([timed(target), timed(control.url)]);
      samples.target.push(t);
      samples.control.push(c);
      samples.excess.push(t - c);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  loop.catch(() => undefined); // reported by stop()
  return {
    stop: async () => {
      running = false;
      await loop;
      return samples;
    },
  };
}

export const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export const describeLatencies = ({ target, control, excess }: Latencies): string =>
  `${target.length} probes, median ${percentile(target, 0.5).toFixed(1)} ms, p90 ${percentile(target, 0.9).toFixed(1)} ms, max ${Math.max(...target).toFixed(1)} ms; ` +
  `control p90 ${percentile(control, 0.9).toFixed(1)} ms, max ${Math.max(...control).toFixed(1)} ms; ` +
  `excess p90 ${percentile(excess, 0.9).toFixed(1)} ms, max ${Math.max(...excess).toFixed(1)} ms`;

/**
 * The event loop's own delay, measured inside the process under test. A timer
 * there ticks every 10 ms; at each tick it notes how late the tick came (the
 * wall-clock gap beyond 10 ms) and how much CPU the main thread used during
 * the gap (Linux: /proc/self/task/PID/schedstat, in nanoseconds). A loop kept
 * busy by the process itself — parsing on it, a long synchronous handler —
 * makes ticks late while the main thread runs: lateness and CPU both grow. A
 * busy machine makes ticks late while the main thread waits for a core: the
 * lateness grows, its CPU does not. So the own delay of a tick is the smaller
 * of the two, and other processes cannot raise it. (Without schedstat it falls
 * back to the lateness alone, what perf_hooks.monitorEventLoopDelay measures.)
 *
 * Loaded with NODE_OPTIONS=--import in the main thread only (never in worker
 * threads or child processes); each SIGUSR2 writes the ticks since the last one
 * to `<file>.<n>` and starts afresh.
 */
const LOOP_MONITOR = `
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const file = process.env.NEWS_DIGEST_TEST_LOOP_FILE;
if (isMainThread && file) {
  delete process.env.NEWS_DIGEST_TEST_LOOP_FILE;
  const path = '/proc/self/task/' + process.pid + '/schedstat';
  const ran = () => { try { return Number(readFileSync(path, 'utf8').split(' ')[0]) / 1e6; } catch { return NaN; } };
  const INTERVAL = 10;
  let lastAt = performance.now();
  let lastRan = ran();
  let late = [];
  let cpu = [];
  setInterval(() => {
    const at = performance.now();
    const now = ran();
    late.push(at - lastAt - INTERVAL);
    cpu.push(now - lastRan);
    lastAt = at;
    lastRan = now;
  }, INTERVAL).unref();
  let dumps = 0;
  process.on('SIGUSR2', () => {
    dumps += 1;
    writeFileSync(file + '.tmp', JSON.stringify({ late, cpu }));
    renameSync(file + '.tmp', file + '.' + dumps);
    late = [];
    cpu = [];
  });
}
`;

/** The environment that loads the monitor into a `news-digest` process; `file` is where it writes. */
export function loopMonitorEnv(file: string): NodeJS.ProcessEnv {
  return { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(LOOP_MONITOR)}`, NEWS_DIGEST_TEST_LOOP_FILE: file };
}

export interface LoopDelays {
  /** Per 10 ms tick: how late it came (ms), whatever the cause. */
  late: number[];
  /** Per tick: the part of the lateness the main thread spent running (ms): the loop's own delay. */
  own: number[];
  /** Whether `own` is measured (schedstat) or only the lateness (other processes count too). */
  measured: boolean;
}

/**
 * A window of the monitor: the first call marks its start, each later call returns the ticks since the
 * previous call. The process must have been started with loopMonitorEnv(file).
 */
export function loopWindow(child: ChildProcess, file: string): { stop(): Promise<LoopDelays> } {
  let dumps = 0;
  const dump = async (): Promise<{ late: number[]; cpu: number[] }> => {
    dumps += 1;
    const path = `${file}.${dumps}`;
    child.kill('SIGUSR2');
    const end = Date.now() + 60_000;
    while (!existsSync(path)) {
      if (child.exitCode !== null || Date.now() > end) throw new Error(`the loop monitor wrote no ${path}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return JSON.parse(readFileSync(path, 'utf8')) as { late: number[]; cpu: number[] };
  };
  const started = dump();
  started.catch(() => undefined); // reported by stop()
  return {
    stop: async () => {
      await started;
      const { late, cpu } = await dump();
      const measured = cpu.every((value) => Number.isFinite(value));
      return { late, own: late.map((value, i) => Math.max(0, measured ? Math.min(value, cpu[i]!) : value)), measured };
    },
  };
}

export const describeLoop = ({ late, own, measured }: LoopDelays): string =>
  `event loop: ${late.length} ticks, late p99 ${percentile(late, 0.99).toFixed(1)} ms, max ${Math.max(...late).toFixed(1)} ms; ` +
  `own delay${measured ? '' : ' (no schedstat: lateness only)'} p99 ${percentile(own, 0.99).toFixed(1)} ms, max ${Math.max(...own).toFixed(1)} ms`;
