export * from './types.js';
export { buildDigest, digestWindowStart, DEFAULT_LOOKBACK_HOURS, type BuildDigestOptions } from './build.js';
export { DEFAULT_RETRY, type DeliveryDeps, type RetryPolicy } from './deps.js';
export { deliverDigest, deliverInstant, reconcilePending, owedFireTime, type DeliveryOutcome, type DeliverOptions } from './deliver.js';
export { sendPendingParts, type PartsOutcome } from './send-parts.js';
export { startScheduler, type Scheduler, type SchedulerDeps, type JobInfo } from './scheduler.js';
export { installGracefulShutdown, type ShutdownOptions, type Stoppable, type Closable } from './shutdown.js';
export { schedulerReadiness, type Readiness, type ReadinessOptions } from './readiness.js';
export { assignStories, type AssignStoriesOptions, type AssignStoriesResult } from './stories.js';
