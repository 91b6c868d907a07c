import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeDiscordServer, type FakeDiscordOptions, type FakeDiscordServer } from './discord-server.js';

/**
 * The fake Discord server as interaction replies reach it. discord.js sends
 * `PATCH /webhooks/{app}/{token}/messages/%40original` (it percent-encodes the
 * `@`), which Discord decodes before routing; this front decodes the path the
 * same way and forwards everything else unchanged to the shared fake.
 */
export async function startFakeDiscordForInteractions(options: FakeDiscordOptions = {}): Promise<FakeDiscordServer> {
  const fake = await startFakeDiscordServer(options);
  const target = new URL(fake.url);
  const front = createServer((req, res) => {
    const [path = '/', query] = (req.url ?? '/').split('?', 2) as [string, string | undefined];
    const decoded = path
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: query === undefined ? decoded : `${decoded}?${query}`, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo;
  return {
    ...fake,
    url: `http://127.0.0.1:${port}/api`,
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await fake.close();
    },
  };
}
