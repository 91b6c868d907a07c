import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { cliArgv } from '../built-cli.js';
import { boundPort, portFilePath } from '../ports.js';

/** Polls `probe` until it returns a value (errors count as "not yet"). */
export async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** An explicit `undefined` leaves the variable out of the child's environment. */
const definedOnly = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined));

export interface BotProcess {
  child: ChildProcess;
  /** stdout + stderr so far. */
  output(): string;
  exited: Promise<number | null>;
  /** NEWS_DIGEST_HTTP_PORT_FILE of the child: `run` writes the port it bound there (give it `http.port: 0`). */
  portFile: string;
  /** The port `run` bound, once it listens (fails if the process exits first). */
  port(timeoutMs?: number): Promise<number>;
}

/**
 * Starts `news-digest ARGS` as a real child process with only the given environment on top of PATH and HOME
 * (and NEWS_DIGEST_HTTP_PORT_FILE, a fresh path).
 */
export function startBot(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; stdio?: StdioOptions } = {}): BotProcess {
  const portFile = portFilePath();
  const child = spawn(process.execPath, cliArgv(args), {
    cwd: options.cwd ?? process.cwd(),
    env: definedOnly({ PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', NEWS_DIGEST_HTTP_PORT_FILE: portFile, ...options.env }),
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, output: () => output, exited, portFile, port: (timeoutMs) => boundPort(portFile, exited, timeoutMs, () => output) };
}

export async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
