import type { Digest, LanguageCode, Subscription } from '../core/index.js';
import type { StoreOps } from '../store/index.js';
import { buildDigest } from './build.js';

/**
 * The digest a channel would get with these settings, without subscribing:
 * a draft subscription that has delivered nothing, looking back the usual
 * window, seen through its workspace. Plain data, for chat, CLI and the web.
 */

export interface PreviewDeps {
  store: StoreOps;
  labels: (topicId: string, language: LanguageCode) => string;
  maxStories: number;
  lookbackHours?: number;
}

export type PreviewSettings = Pick<Subscription, 'platform' | 'workspaceId' | 'channelId' | 'topics' | 'language' | 'timezone'> &
  Partial<Pick<Subscription, 'feeds' | 'filters' | 'schedule'>>;

export function previewDigest(deps: PreviewDeps, settings: PreviewSettings, now: Date): Promise<Digest> {
  const draft: Subscription = {
    id: 0,
    platform: settings.platform,
    workspaceId: settings.workspaceId,
    channelId: settings.channelId,
    topics: settings.topics,
    feeds: settings.feeds ?? [],
    filters: settings.filters ?? { include: [], exclude: [], languages: [], minSources: null },
    schedule: settings.schedule ?? '0 8 * * *',
    timezone: settings.timezone,
    mode: 'digest',
    language: settings.language,
    layout: 'plain',
    mentionRoleId: null,
    status: 'active',
    pausedReason: null,
    webhookUrl: null,
    createdBy: null,
    createdAt: now,
    watermark: null,
  };
  return buildDigest(deps.store, deps.labels, draft, now, { maxStories: deps.maxStories, lookbackHours: deps.lookbackHours, periodKey: 'preview' });
}
