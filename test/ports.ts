import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Ports in the tests. A server a test starts in its own process listens on port 0
 * and reads what it got from server.address(). A `news-digest run` child gets
 * `http.port: 0` and NEWS_DIGEST_HTTP_PORT_FILE, and the test reads the port it
 * bound from that file (boundPort). Never "listen on 0, close, hand the number to
 * a child that binds it later": in between, any listen(0) or outgoing connection
 * on the machine (other test files run in parallel) may be given the same port.
 */

/** A fresh path for NEWS_DIGEST_HTTP_PORT_FILE, in its own temporary folder. */
export const portFilePath = (): string => join(mkdtempSync(join(tmpdir(), 'nd-port-')), 'http.port');

const readPort = (path: string): number | null => {
  if (!existsSync(path)) return null;
  const port = Number(readFileSync(path, 'utf8').trim());
  return Number.isInteger(port) && port > 0 ? port : null;
};

/** The port a child wrote to `path` (NEWS_DIGEST_HTTP_PORT_FILE); fails as soon as it exits without writing one. */
export async function boundPort(path: string, exited: Promise<unknown>, timeoutMs = 60_000, output: () => string = () => ''): Promise<number> {
  let gone = false;
  void exited.then(() => (gone = true));
  const end = Date.now() + timeoutMs;
  for (;;) {
    const wasGone = gone;
    const port = readPort(path);
    if (port !== null) return port;
    if (wasGone) throw new Error(`the process exited without writing its port to ${path}\n${output()}`);
    if (Date.now() > end) throw new Error(`no port in ${path} after ${timeoutMs / 1000} s\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const listenable = (port: number) =>
  new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    // No host: the IPv4-and-IPv6 wildcard, which collides with a listener on any address.
    probe.listen(port, () => probe.close(() => done(true)));
  });

/**
 * Only for a test whose subject is a port written into the config beforehand (the
 * Docker HEALTHCHECK follows http.port; the README has the reader pick one): a port
 * below the kernel's ephemeral range (net.ipv4.ip_local_port_range), which no
 * listen(0) and no outgoing connection is ever given, picked at random there and
 * free right now. Only another such pick of the same number could collide.
 */
export async function unassignedPort(): Promise<number> {
  const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
  const top = Number.isInteger(low) && low > 2048 ? low - 1 : 32767;
  const bottom = Math.max(1024, top - 16_383);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = bottom + Math.floor(Math.random() * (top - bottom + 1));
    if (await listenable(port)) return port;
  }
  throw new Error(`no free port found between ${bottom} and ${top}`);
}
