import type { Config, Env } from '../config/index.js';
import { CHAT_ADAPTERS, type PlannedAdapter } from '../chat/adapters.js';

/** What `run` will do with this environment and config; `check-config` prints the same plan. */
export interface StartPlan {
  adapters: PlannedAdapter[];
  /** Adapters `run` starts to receive /news (they must start, unless degraded mode is on). */
  receiving: PlannedAdapter[];
  /** Settings that stop `run` before it starts anything. */
  fatal: string | null;
  /** One sentence each; `run` logs them as warnings. */
  warnings: string[];
  degraded: boolean;
}

export function planStart(env: Env, config: Config): StartPlan {
  const adapters = CHAT_ADAPTERS.map((adapter) => ({ adapter, plan: adapter.plan(env) }));
  return {
    adapters,
    receiving: adapters.filter(({ adapter, plan }) => plan.enabled && adapter.start !== undefined),
    fatal: adapters.find(({ plan }) => plan.fatal)?.plan.fatal ?? null,
    warnings: adapters.flatMap(({ plan }) => plan.problems),
    degraded: config.chat.degraded,
  };
}
