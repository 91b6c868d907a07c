export * from './types.js';
export { buildDigest, digestWindowStart, DEFAULT_LOOKBACK_HOURS, type BuildDigestOptions } from './build.js';
export { DEFAULT_RETRY, type DeliveryDeps, type RetryPolicy } from './deps.js';
export { deliverDigest, deliverInstant, reconcilePending, owedFireTime, renderParts, type DeliveryOutcome, type DeliverOptions } from './deliver.js';
export { notifyFeedHealth, feedNotice } from './feed-health.js';
export { scopeOf, storiesForWorkspace, visibleFeeds, type WorkspaceStories } from './visibility.js';
export { sendPendingParts, type PartsOutcome } from './send-parts.js';
export { startScheduler, type Scheduler, type SchedulerDeps, type JobInfo } from './scheduler.js';
export { installGracefulShutdown, type ShutdownOptions, type Stoppable, type Closable } from './shutdown.js';
export { schedulerReadiness, type Readiness, type ReadinessOptions } from './readiness.js';
export { assignStories, type AssignStoriesOptions, type AssignStoriesResult } from './stories.js';
export { pruneOnce, startRetention, PRUNE_BATCH, type PruneOptions, type PruneSummary, type RetentionJob } from './retention.js';
export {
  explainArticle,
  describeReason,
  type ArticleExplanation,
  type ArticleRef,
  type ExplainDeps,
  type FeedFacts,
  type SubscriptionVerdict,
  type TopicFacts,
  type WhyReason,
} from './explain.js';
export { previewDigest, type PreviewDeps, type PreviewSettings } from './preview.js';
export { localWork, roleParts, type Job, type JobHandler, type JobResult, type QueueName, type Role, type RoleParts, type WorkSharing } from './work.js';
export { PgBossWork, type SharedQueueOptions } from './pg-boss-work.js';
export {
  assignHandler,
  deliverHandler,
  deliverJobs,
  owedSubscriptions,
  pollHandler,
  pollJobs,
  STORIES_KEY,
  subscriptionKey,
  feedKey,
  type DeliverJobData,
  type PollJobData,
} from './shared-jobs.js';
export { startSharedScheduler, type SharedSchedulerDeps } from './shared-scheduler.js';
