import type { Logger, WebConfig } from '../../config/index.js';
import type { Subscription, Taxonomy } from '../../core/index.js';
import type { Store } from '../../store/index.js';

/** What the dashboard needs from the running bot (or the demo). */
export interface WebDeps {
  store: Store;
  taxonomy: Taxonomy;
  /** NEWS_DIGEST_ADMIN_TOKEN: exchanged at the login form for a session. */
  adminToken: string;
  web: WebConfig;
  digest: { maxStories: number; language: string };
  /** Time zone for dates shown on the pages (schedule.timezone). */
  timeZone: string;
  now: () => Date;
  logger: Logger;
  /**
   * Sends a subscription's digest now through the real delivery path (exactly
   * once, recorded like a scheduled one) and describes the outcome in one line.
   * Absent: the dashboard offers the dry run only.
   */
  sendDigestNow?: (subscription: Subscription) => Promise<string>;
  /** After pause/resume, so the scheduler picks the change up without a restart. */
  onSubscriptionsChanged?: () => void;
}
