import type { ChatAdapter } from './adapter.js';
import { consoleAdapter } from './console/adapter.js';
import { discordAdapter } from './discord/adapter.js';
import { slackAdapter } from './slack/adapter.js';

/** Every chat platform, in the order they start. Adding one is one folder and one line here. */
export const CHAT_ADAPTERS: readonly ChatAdapter[] = [discordAdapter, slackAdapter, consoleAdapter];

export type { AdapterHealth, AdapterPlan, AdapterStartDeps, ChatAdapter, OpenSender, RunningAdapter } from './adapter.js';
export { AdapterStartError } from './start-error.js';
export { startChatAdapters, type PlannedAdapter, type StartedAdapters } from './start-adapters.js';
