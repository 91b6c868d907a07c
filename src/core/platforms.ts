/** Every chat platform news-digest posts to; the chat adapters (src/chat/adapters.ts) implement one each. */
export const PLATFORMS = ['discord', 'slack', 'console'] as const;

export type Platform = (typeof PLATFORMS)[number];
