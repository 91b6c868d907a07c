import { spawn } from 'node:child_process';

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
