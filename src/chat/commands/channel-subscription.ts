import type { Subscription } from '../../core/index.js';
import type { Store } from '../../store/index.js';
import type { Caller } from './types.js';

/** The one subscription a channel has (the store allows more; commands manage the oldest). */
export async function findChannelSubscription(store: Store, caller: Caller): Promise<Subscription | null> {
  const found = await store.listSubscriptions({
    platform: caller.platform,
    channelId: caller.channelId,
    ...(caller.workspaceId === null ? {} : { workspaceId: caller.workspaceId }),
  });
  return found[0] ?? null;
}
