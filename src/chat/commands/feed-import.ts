import type { Logger } from '../../config/index.js';
import type { Feed, Store, WorkspaceScope } from '../../store/index.js';
import { CommandError } from './errors.js';
import { parseFeedUrl } from './feed-refs.js';
import type { OpmlEntry } from './opml.js';
import { UNUSED_FEED_REASON } from './workspace-feeds.js';

/**
 * Imports an OPML file's feeds, for a workspace (chat, `feeds import
 * --workspace`) or shared with everyone (the operator without --workspace).
 * Every entry is checked first — address, private-address guard, duplicates
 * in the file, feeds already there — and reported per line; then everything
 * that passed is written in ONE transaction, so a failure leaves nothing half done.
 */

export interface ImportDeps {
  store: Store;
  checkFeedUrl: (url: string) => Promise<void>;
  now: () => Date;
  logger: Logger;
}

export type ImportStatus = 'added' | 'linked' | 'exists' | 'duplicate' | 'invalid';

export interface ImportLine {
  line: number;
  url: string;
  title: string | null;
  status: ImportStatus;
  feedId: number | null;
  /** One sentence for this line. */
  message: string;
}

export interface ImportTarget {
  /** The workspace the feeds are for; null: shared with every workspace (operator only). */
  workspace: (WorkspaceScope & { workspaceId: string }) | null;
  addedBy: string;
}

/** How many addresses are checked against DNS at once. */
const GUARD_CONCURRENCY = 8;

type Planned = { entry: OpmlEntry; url: string; action: 'add' } | { entry: OpmlEntry; url: string; action: 'link'; feed: Feed };

export async function importFeeds(deps: ImportDeps, entries: OpmlEntry[], target: ImportTarget): Promise<ImportLine[]> {
  const results = new Map<OpmlEntry, ImportLine>();
  const report = (entry: OpmlEntry, url: string, status: ImportStatus, message: string, feedId: number | null = null) =>
    results.set(entry, { line: entry.line, url, title: entry.title, status, feedId, message });
  const firstLine = new Map<string, number>();
  const planned: Planned[] = [];
  for (const entry of entries) {
    let url: string;
    try {
      url = parseFeedUrl(entry.url);
    } catch (error) {
      report(entry, entry.url, 'invalid', error instanceof Error ? error.message : String(error));
      continue;
    }
    const earlier = firstLine.get(url);
    if (earlier !== undefined) {
      report(entry, url, 'duplicate', `The same feed as line ${earlier}; imported once.`);
      continue;
    }
    firstLine.set(url, entry.line);
    const existing = await deps.store.getFeedByUrl(url);
    if (!existing) {
      planned.push({ entry, url, action: 'add' });
      continue;
    }
    if (existing.shared) {
      report(entry, url, 'exists', `Already available to everyone as #${existing.id} (${existing.name}).`, existing.id);
      continue;
    }
    if (target.workspace === null) {
      report(entry, url, 'exists', `Already stored as #${existing.id} (${existing.name}), a workspace's own feed.`, existing.id);
      continue;
    }
    const { platform, workspaceId } = target.workspace;
    const links = await deps.store.listFeedLinks(existing.id);
    if (links.some((link) => link.platform === platform && link.workspaceId === workspaceId)) {
      report(entry, url, 'exists', `Already added here as #${existing.id} (${existing.name}).`, existing.id);
      continue;
    }
    planned.push({ entry, url, action: 'link', feed: existing });
  }

  // The guard resolves each new host: a few at a time, never all at once.
  const toCheck = planned.filter((p) => p.action === 'add');
  const refused = new Map<Planned, string>();
  for (let i = 0; i < toCheck.length; i += GUARD_CONCURRENCY) {
    await Promise.all(
      toCheck.slice(i, i + GUARD_CONCURRENCY).map(async (p) => {
        try {
          await deps.checkFeedUrl(p.url);
        } catch (error) {
          refused.set(p, error instanceof Error ? error.message.replace(/\.$/, '') : String(error));
        }
      }),
    );
  }
  for (const [p, reason] of refused) report(p.entry, p.url, 'invalid', `The feed URL cannot be used: ${reason}.`);
  const accepted = planned.filter((p) => !refused.has(p));

  const now = deps.now();
  try {
    await deps.store.transaction(async (tx) => {
      for (const p of accepted) {
        const feed =
          p.action === 'add'
            ? await tx.upsertFeed(
                { url: p.url, origin: 'chat', addedBy: target.addedBy, shared: target.workspace === null, ...(p.entry.title ? { name: p.entry.title } : {}) },
                now,
              )
            : p.feed;
        if (target.workspace)
          await tx.linkFeed({ feedId: feed.id, ...target.workspace, name: p.action === 'link' ? p.entry.title : null, addedBy: target.addedBy }, now);
        if (p.action === 'link' && !feed.enabled && feed.disabledReason === UNUSED_FEED_REASON) {
          await tx.updateFeedState(feed.id, { enabled: true, disabledReason: null, consecutiveFailures: 0, nextFetchAt: null });
        }
        report(p.entry, p.url, p.action === 'add' ? 'added' : 'linked', p.action === 'add' ? `Added as #${feed.id}.` : `Added here as #${feed.id}.`, feed.id);
      }
    });
  } catch (error) {
    deps.logger.error({ err: error }, 'OPML import failed; nothing was imported');
    throw new CommandError('The import failed on our side and nothing was imported; please try again in a minute.');
  }
  deps.logger.info({ workspaceId: target.workspace?.workspaceId ?? null, added: accepted.length, lines: entries.length }, 'OPML import');
  return entries.map((entry) => results.get(entry)!);
}

/** "3 added, 1 already there, 2 refused" */
export function summariseImport(lines: ImportLine[]): string {
  const count = (statuses: ImportStatus[]) => lines.filter((line) => statuses.includes(line.status)).length;
  const parts = [`${count(['added', 'linked'])} added`];
  const there = count(['exists', 'duplicate']);
  if (there > 0) parts.push(`${there} already there or repeated`);
  const invalid = count(['invalid']);
  if (invalid > 0) parts.push(`${invalid} refused`);
  return parts.join(', ');
}
