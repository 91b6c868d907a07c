import type { RequestListener } from 'node:http';
import type { Platform } from '../core/index.js';
import type { AdapterPlan, AdapterStartDeps, ChatAdapter, RunningAdapter } from './adapter.js';
import { AdapterStartError, networkReason } from './start-error.js';

export interface PlannedAdapter {
  adapter: ChatAdapter;
  plan: AdapterPlan;
}

export interface StartedAdapters {
  /** The routes every running adapter mounts on the shared HTTP server. */
  routes: Record<string, RequestListener>;
  running: { adapter: ChatAdapter; handle: RunningAdapter }[];
  /** Degraded mode only: adapters that could not start, with the reason. */
  down: { adapter: ChatAdapter; reason: string }[];
  /** For /readyz: each adapter's state, and whether all are up. */
  readiness(): { ok: boolean; adapters: Partial<Record<Platform, string>> };
}

export interface StartAdaptersOptions {
  /** Keep going when an adapter cannot start (it is reported on /readyz) instead of stopping. */
  degraded: boolean;
  /** Upper bound on one adapter's start, whatever its own retries do. Default 90 s. */
  timeoutMs?: number;
}

function withTimeout(adapter: ChatAdapter, started: Promise<RunningAdapter>, ms: number): Promise<RunningAdapter> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // A start that completes after all is stopped again, so it holds no connection.
      void started.then((late) => late.stop()).catch(() => undefined);
      reject(
        new AdapterStartError(adapter.platform, 'timeout', `${adapter.label} did not finish starting within ${Math.round(ms / 1000)} s: check the network.`),
      );
    }, ms);
  });
  return Promise.race([started, timeout]).finally(() => clearTimeout(timer));
}

/** One sentence naming the adapter and the fix, whatever the adapter threw. */
function startFailure(adapter: ChatAdapter, error: unknown): AdapterStartError {
  if (error instanceof AdapterStartError) return error;
  return new AdapterStartError(adapter.platform, 'unreachable', `${adapter.label} could not start (${networkReason(error)}).`);
}

/**
 * Starts every adapter that has credentials, in CHAT_ADAPTERS order. By default the
 * first one that cannot start stops the others and rejects with its AdapterStartError
 * (so `run` exits before its scheduler starts); in degraded mode it is recorded as down.
 */
export async function startChatAdapters(planned: PlannedAdapter[], deps: AdapterStartDeps, options: StartAdaptersOptions): Promise<StartedAdapters> {
  const running: StartedAdapters['running'] = [];
  const down: StartedAdapters['down'] = [];
  const routes: Record<string, RequestListener> = {};
  for (const { adapter, plan } of planned) {
    if (!plan.enabled || !adapter.start) continue;
    try {
      const handle = await withTimeout(adapter, adapter.start(deps), options.timeoutMs ?? 90_000);
      running.push({ adapter, handle });
      Object.assign(routes, handle.routes ?? {});
      deps.logger.info(handle.details ?? {}, `${adapter.label} adapter started`);
    } catch (error) {
      const failure = startFailure(adapter, error);
      if (!options.degraded) {
        await Promise.allSettled(running.map(({ handle }) => handle.stop()));
        throw failure;
      }
      deps.logger.error({ platform: adapter.platform, failure: failure.failure }, `${failure.message} Running without ${adapter.label} (degraded mode).`);
      down.push({ adapter, reason: failure.message });
    }
  }
  return {
    routes,
    running,
    down,
    readiness() {
      const adapters: Partial<Record<Platform, string>> = {};
      let ok = down.length === 0;
      for (const { adapter, handle } of running) {
        const health = handle.health();
        adapters[adapter.platform] = health.ok ? 'ok' : health.detail;
        ok &&= health.ok;
      }
      for (const { adapter, reason } of down) adapters[adapter.platform] = `down: ${reason}`;
      return { ok, adapters };
    },
  };
}
