import { spawn } from 'node:child_process';
import { cliArgv } from '../built-cli.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `news-digest` entry point as a child process (transpiled once per run: test/built-cli.ts). */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliArgv(args), {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, LOG_LEVEL: 'silent', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`news-digest ${args.join(' ')} did not finish in time\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A text digest without what depends on the moment it was built: the header's part of the day
 * ("Morning/Afternoon/Evening digest") and its date and time. Two runs a moment apart may fall on
 * either side of a minute, an hour or midnight; everything else must be the same.
 */
export function withoutBuildTime(text: string): string {
  return text
    .replace(/^(?:Morning|Afternoon|Evening) digest · /gm, '<part of day> digest · ')
    .replace(/ · [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d(?: \([^)]+\))? · /g, ' · <built at> · ');
}
