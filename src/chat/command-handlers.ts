/**
 * The /news command handlers, their replies and option readers without the chat SDKs: the CLI's
 * `subscribe`, `feeds`, `digest`, `search`, `quotes` and `why` run them, and loading discord.js and
 * Bolt (index.ts) for that was most of each start's CPU.
 */
export * from './commands/index.js';
