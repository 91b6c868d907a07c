import type { Env } from '../config/index.js';

export type SlackMode = 'socket' | 'http' | null;

/** Which chat adapters `run` starts, decided only by which credentials are set. */
export function plannedAdapters(env: Env): { discord: boolean; slack: SlackMode; problems: string[] } {
  const problems: string[] = [];
  const discord = Boolean(env.DISCORD_TOKEN);
  let slack: SlackMode = null;
  if (env.SLACK_BOT_TOKEN) {
    if (env.SLACK_APP_TOKEN) slack = 'socket';
    else if (env.SLACK_SIGNING_SECRET) slack = 'http';
    else
      problems.push(
        'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them to start Slack.',
      );
  } else if (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) {
    problems.push('A Slack app token or signing secret is set without SLACK_BOT_TOKEN: set SLACK_BOT_TOKEN to start Slack.');
  }
  if (discord && !env.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_TOKEN is set without DISCORD_APPLICATION_ID: digests will post, but `register-commands` needs the application id.');
  }
  return { discord, slack, problems };
}
