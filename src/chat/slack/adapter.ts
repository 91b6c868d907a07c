import type { Env } from '../../config/index.js';
import type { AdapterPlan, ChatAdapter } from '../adapter.js';

type SlackMode = 'socket' | 'http';

function slackPlan(env: Env): AdapterPlan & { mode: SlackMode | null } {
  if (!env.SLACK_BOT_TOKEN) {
    const problems =
      env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET
        ? ['A Slack app token or signing secret is set without SLACK_BOT_TOKEN: set SLACK_BOT_TOKEN to start Slack.']
        : [];
    return { enabled: false, mode: null, summary: 'off (no SLACK_BOT_TOKEN)', problems };
  }
  if (env.SLACK_APP_TOKEN) return { enabled: true, mode: 'socket', summary: 'on (Socket Mode)', problems: [] };
  if (env.SLACK_SIGNING_SECRET) return { enabled: true, mode: 'http', summary: 'on (HTTP at /slack/events)', problems: [] };
  const problem = 'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them to start Slack.';
  // Digests can still be posted with the bot token; only receiving /news is impossible.
  return { enabled: true, mode: null, summary: 'posting only (cannot receive /news)', problems: [problem], fatal: problem };
}

/** Slack: a bot token posts digests (Web API); /news arrives over HTTP (signing secret) or Socket Mode (app token). */
export const slackAdapter: ChatAdapter = {
  platform: 'slack',
  label: 'Slack',
  tokenVariable: 'SLACK_BOT_TOKEN',
  plan: slackPlan,
  async sender(env, logger) {
    if (!env.SLACK_BOT_TOKEN) return null;
    const { createSlackSender } = await import('./sender.js');
    return { sender: createSlackSender({ token: env.SLACK_BOT_TOKEN, apiUrl: env.SLACK_API_URL, logger }), close: () => undefined };
  },
  async start({ env, commands, logger }) {
    const { mode } = slackPlan(env);
    const { socketModeStartError, verifySlackToken } = await import('./verify.js');
    const { startSlackApp } = await import('./app.js');
    await verifySlackToken({ token: env.SLACK_BOT_TOKEN!, apiUrl: env.SLACK_API_URL, logger });
    const app = await startSlackApp({
      botToken: env.SLACK_BOT_TOKEN!,
      signingSecret: env.SLACK_SIGNING_SECRET ?? null,
      appToken: mode === 'socket' ? (env.SLACK_APP_TOKEN ?? null) : null,
      apiUrl: env.SLACK_API_URL,
      commands,
      logger,
    }).catch((error: unknown) => {
      throw mode === 'socket' ? socketModeStartError(error) : error;
    });
    return {
      ...(app.handler ? { routes: { 'POST /slack/events': app.handler } } : {}),
      details: { mode: app.mode },
      health: () => (app.connected() ? { ok: true, detail: 'connected' } : { ok: false, detail: 'Socket Mode disconnected (reconnecting)' }),
      stop: () => app.stop(),
    };
  },
};
