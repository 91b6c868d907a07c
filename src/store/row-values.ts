import type { SubscriptionFilters } from '../core/index.js';

/** Values both engines derive the same way from what they store. */

/** The idempotency key of one delivery part: unique per subscription, period and part. */
export const idempotencyKeyFor = (subscriptionId: number, periodKey: string, part: number): string => `${subscriptionId}:${periodKey}:${part}`;

/** A subscription's stored filters (JSON), with every field present and of its type. */
export function filtersFrom(raw: Partial<SubscriptionFilters> | null | undefined): SubscriptionFilters {
  return {
    include: Array.isArray(raw?.include) ? raw.include.map(String) : [],
    exclude: Array.isArray(raw?.exclude) ? raw.exclude.map(String) : [],
    languages: Array.isArray(raw?.languages) ? raw.languages.map(String) : [],
    minSources: typeof raw?.minSources === 'number' && raw.minSources > 1 ? raw.minSources : null,
  };
}
