import type { RequestListener } from 'node:http';
import type { Env, Logger } from '../config/index.js';
import type { Platform } from '../core/index.js';
import type { ChatSender } from '../schedule/index.js';
import type { CommandDeps } from './commands/index.js';

/** What an adapter would do with the current environment, decided by which credentials are set. */
export interface AdapterPlan {
  /** Has credentials: its sender works and `run` starts it. */
  enabled: boolean;
  /** One line for check-config, e.g. "on (Socket Mode)" or "off (no DISCORD_TOKEN)". */
  summary: string;
  /** Incomplete or contradictory settings, one sentence each naming the fix. */
  problems: string[];
  /** Set when the credentials are incomplete in a way that must stop `run` (e.g. a Slack token without a way to receive events). */
  fatal?: string;
}

export interface OpenSender {
  sender: ChatSender;
  close(): void;
}

/** Whether a started adapter can receive and post right now, for /readyz. */
export interface AdapterHealth {
  ok: boolean;
  /** "connected", or what is wrong, e.g. "gateway reconnecting". */
  detail: string;
}

export interface RunningAdapter {
  /** HTTP routes to mount on the shared server, keyed "METHOD /path". */
  routes?: Record<string, RequestListener>;
  /** Details for logs (e.g. the Slack connection mode). */
  details?: Record<string, unknown>;
  /** The readiness hook: asked on every /readyz. */
  health(): AdapterHealth;
  stop(): Promise<void>;
}

export interface AdapterStartDeps {
  env: Env;
  commands: CommandDeps;
  logger: Logger;
}

/**
 * One chat platform: how its credentials are read, how it posts digests and how
 * it receives /news. `run`, `check-config`, `digest` and the CLI loop over
 * CHAT_ADAPTERS; a new platform is one folder with one of these. Heavy SDKs are
 * imported inside `sender`/`start`, so commands that never talk to a platform
 * never load it.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  /** Display name: "Discord". */
  readonly label: string;
  /** The variable that switches the adapter on, for messages ("set DISCORD_TOKEN"); null when always on. */
  readonly tokenVariable: string | null;
  plan(env: Env): AdapterPlan;
  /** The digest sender; null when the adapter has no credentials. */
  sender(env: Env, logger: Logger, out: NodeJS.WritableStream): Promise<OpenSender | null>;
  /**
   * Starts receiving /news (only adapters that receive commands). First checks the
   * credentials with the platform, with bounded retries: rejects with an
   * AdapterStartError (one sentence naming the fix) when the platform refuses them
   * or cannot be reached, so `run` can stop before its scheduler starts.
   */
  start?(deps: AdapterStartDeps): Promise<RunningAdapter>;
}
