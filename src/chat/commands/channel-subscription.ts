import type { Subscription } from '../../core/index.js';
import type { Store } from '../../store/index.js';
import type { Caller } from './types.js';

/** The one subscription a channel has (the store allows more; commands manage the oldest). */
export function findChannelSubscription(store: Store, caller: Caller): Subscription | null {
  const found = store.listSubscriptions({
    platform: caller.platform,
    channelId: caller.channelId,
    ...(caller.workspaceId === null ? {} : { workspaceId: caller.workspaceId }),
  });
  return found[0] ?? null;
}
