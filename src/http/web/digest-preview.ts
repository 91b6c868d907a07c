import { topicLabel, type Digest, type Subscription } from '../../core/index.js';
import { renderDiscordDigest, renderSlackDigest, type DiscordMessage, type SlackMessage } from '../../render/index.js';
import { buildDigest } from '../../schedule/index.js';
import type { WebDeps } from './deps.js';

/**
 * The next digest for a subscription, or for an ad-hoc selection, rendered by
 * the same renderers the senders post with. Reads only: nothing is recorded.
 */

export interface AdHocSelection {
  topics: string[];
  language: string;
  mode: 'digest' | 'instant';
  /** Look-back window in hours. */
  hours: number;
  // Feeds and include/exclude/languages/min-sources filters (#14) join here and in the form.
}

export interface RenderedPreview {
  subscription: Subscription;
  digest: Digest;
  discord: DiscordMessage[];
  slack: SlackMessage[];
  /** A renderer error, shown instead of that platform's messages. */
  problems: string[];
}

export const PREVIEW_PERIOD = 'preview';

/** A subscription that exists only for the preview: id 0 has no delivery history, so nothing counts as delivered. */
export function adHocSubscription(selection: AdHocSelection, deps: WebDeps, now: Date): Subscription {
  return {
    id: 0,
    platform: 'console',
    workspaceId: null,
    channelId: 'preview',
    topics: selection.topics,
    schedule: '0 8 * * *',
    timezone: deps.timeZone,
    mode: selection.mode,
    language: selection.language,
    status: 'active',
    pausedReason: null,
    webhookUrl: null,
    createdBy: null,
    createdAt: now,
    watermark: new Date(now.getTime() - selection.hours * 3_600_000),
  };
}

export async function previewDigest(deps: WebDeps, subscription: Subscription, now: Date): Promise<RenderedPreview> {
  const labels = (id: string, language: string) => topicLabel(deps.taxonomy, id, language);
  const digest = await buildDigest(deps.store, labels, subscription, now, {
    maxStories: deps.digest.maxStories,
    periodKey: PREVIEW_PERIOD,
  });
  const problems: string[] = [];
  const attempt = <T>(platform: string, render: () => T[]): T[] => {
    try {
      return render();
    } catch (error) {
      problems.push(`${platform}: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  };
  return {
    subscription,
    digest,
    discord: attempt('Discord', () => renderDiscordDigest(digest)),
    slack: attempt('Slack', () => renderSlackDigest(digest)),
    problems,
  };
}
