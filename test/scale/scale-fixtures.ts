import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer, type LocalServer } from '../feeds/local-server.js';

/** The sample feeds, served as /feed-N.xml by a local server that counts requests per path. */
export const SAMPLE_FEEDS = ['tagesblick.xml', 'the-meridian.xml', 'westwind.xml', 'nordkurier.xml'];

export async function startFeedServer(): Promise<LocalServer> {
  const bodies = SAMPLE_FEEDS.map((name) => readFileSync(join('examples/feeds', name)));
  return startLocalServer(
    Object.fromEntries(
      bodies.map((body, index) => [`/feed-${index + 1}.xml`, (_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(body)]),
    ),
  );
}

/** A config file in a fresh folder: the sample feeds on `server` (and `moreFeeds`), the store at `databaseUrl`, plus `extra` YAML. */
export function writeScaleConfig(
  server: LocalServer,
  databaseUrl: string,
  { extra = '', moreFeeds = [] }: { extra?: string; moreFeeds?: string[] } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'nd-scale-'));
  const path = join(dir, 'config.yaml');
  const urls = [...SAMPLE_FEEDS.map((_name, index) => `${server.origin}/feed-${index + 1}.xml`), ...moreFeeds];
  const feeds = urls.map((url) => `  - url: "${url}"`).join('\n');
  writeFileSync(path, `store:\n  url: "${databaseUrl}"\nfeeds:\n${feeds}\nfetch:\n  allowPrivateAddresses: true\n  timeoutSeconds: 10\n${extra}`);
  return path;
}
