/** Why a feed stopped being fetched, when something other than its failures stopped it (shown to users, matched by code). */

/** The config sync: the feed was taken out of the config file (it comes back when listed again). */
export const REMOVED_FROM_CONFIG = 'no longer in the config file';

/** The last workspace that used a chat-added feed removed it (adding it again brings it back). */
export const UNUSED_FEED_REASON = 'removed by every workspace that used it';
