import type { ArticleAnalysis, ArticleText, Taxonomy } from '../core/index.js';
import { analyzeArticle } from '../core/analyze.js';
import { buildTaxonomy } from '../core/topics/index.js';
import type { Config, Env, Logger } from '../config/index.js';
import { createLogger } from '../config/logger.js';
import type { Store, StoreTarget } from '../store/index.js';
import { REMOVED_FROM_CONFIG } from '../store/feed-reasons.js';

export interface GlobalOptions {
  db?: string;
  config?: string;
  logLevel?: string;
}

export const DEFAULT_DB = './data/news-digest.db';

/** Everything a command needs, built once per invocation from the global options and the environment. */
export interface CliContext {
  env: Env;
  config: Config;
  configPath: string | null;
  logger: Logger;
  taxonomy: Taxonomy;
  analyze: (input: ArticleText) => ArticleAnalysis;
  dbPath: string;
  /** The store this invocation uses: --db wins, then store.url, then DATABASE_URL, then the SQLite file. */
  storeTarget: StoreTarget;
  /** Opens the store on first use; for `run`, `poll` and the demo, config feeds are synced into it first. */
  store(): Promise<Store>;
  close(): Promise<void>;
}

export interface ContextOverrides {
  env?: Env;
  /** A config built in code (the demo) instead of the config file; its feeds are always synced. */
  config?: Config;
  /**
   * Sync the config file's feeds into the store when it opens. Only the commands that
   * poll (`run`, `poll`) do: listing, digests and the rest never change feed state.
   */
  syncConfigFeeds?: boolean;
}

/**
 * The context of a command from its loaded environment and config. The logger
 * is made on first use, so a command that never logs does not load pino.
 */
export function buildContext(globals: GlobalOptions, overrides: ContextOverrides, loaded: { env: Env; config: Config; path: string | null }): CliContext {
  const { env, config, path } = loaded;
  let logger: Logger | null = null;
  const taxonomy = buildTaxonomy({ custom: config.topics.custom, disabled: config.topics.disabled });
  const dbPath = globals.db ?? env.NEWS_DIGEST_DB ?? DEFAULT_DB;
  const storeTarget = selectStore(globals, config, env);
  let opening: Promise<Store> | null = null;
  return {
    env,
    config,
    configPath: path,
    get logger() {
      logger ??= createLogger({ level: globals.logLevel ?? env.LOG_LEVEL ?? 'warn' });
      return logger;
    },
    set logger(value) {
      logger = value;
    },
    taxonomy,
    analyze: (input) => analyzeArticle(input, taxonomy),
    dbPath,
    storeTarget,
    store() {
      opening ??= (async () => {
        // Loaded here, not at the top: commands that never open the store (analyze) never load the driver.
        const { openStore } = await import('../store/index.js');
        const store = await openStore(storeTarget);
        // Without a config file there is nothing to sync: running a command elsewhere must not disable the feeds.
        if ((overrides.syncConfigFeeds && path !== null) || overrides.config) await syncConfigFeeds(store, config, new Date());
        return store;
      })();
      return opening;
    },
    async close() {
      const closing = opening;
      opening = null;
      if (closing) await (await closing.catch(() => null))?.close();
    },
  };
}

export { REMOVED_FROM_CONFIG };

/**
 * The store a command uses: an explicit --db PATH is an SQLite file; otherwise
 * store.url in the config, then DATABASE_URL, name a PostgreSQL database;
 * otherwise NEWS_DIGEST_DB or the default SQLite file.
 */
export function selectStore(globals: Pick<GlobalOptions, 'db'>, config: Pick<Config, 'store'>, env: Pick<Env, 'DATABASE_URL' | 'NEWS_DIGEST_DB'>): StoreTarget {
  if (globals.db !== undefined) return { engine: 'sqlite', path: globals.db };
  const url = config.store?.url ?? env.DATABASE_URL;
  if (url) return { engine: 'postgres', url };
  return { engine: 'sqlite', path: env.NEWS_DIGEST_DB ?? DEFAULT_DB };
}

/**
 * Config feeds are the operator's source of truth for those URLs: new ones are
 * added, and ones taken out of the file stop being polled (disabled, not deleted,
 * so their articles and a later return keep their history). Chat-added feeds are left alone.
 */
export function syncConfigFeeds(store: Store, config: Config, now: Date): Promise<void> {
  return store.transaction(async (tx) => {
    const wanted = new Set(config.feeds.map((f) => f.url));
    for (const feed of config.feeds) {
      const stored = await tx.upsertFeed(
        { url: feed.url, name: feed.name ?? null, language: feed.language ?? null, fullText: feed.fullText, origin: 'config' },
        now,
      );
      if (!stored.enabled && stored.disabledReason === REMOVED_FROM_CONFIG) await tx.updateFeedState(stored.id, { enabled: true, disabledReason: null });
    }
    for (const feed of await tx.listFeeds()) {
      if (feed.origin === 'config' && feed.enabled && !wanted.has(feed.url))
        await tx.updateFeedState(feed.id, { enabled: false, disabledReason: REMOVED_FROM_CONFIG });
    }
  });
}
