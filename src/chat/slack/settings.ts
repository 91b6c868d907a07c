import { CodedError } from '../../core/index.js';
/**
 * The connection mode Slack credentials imply: an app-level token means Socket
 * Mode (no public URL needed); otherwise a signing secret means HTTP at
 * POST /slack/events. The environment itself is read and validated by
 * src/config (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL).
 */

export type SlackConnectionMode = 'http' | 'socket';

export class SlackConfigError extends CodedError {
  constructor(message: string) {
    super('slack.config', message);
  }
}

export function slackModeFor(credentials: { signingSecret?: string | null; appToken?: string | null }): SlackConnectionMode {
  if (credentials.appToken) return 'socket';
  if (credentials.signingSecret) return 'http';
  throw new SlackConfigError('Set SLACK_SIGNING_SECRET to receive /news over HTTP at /slack/events, or SLACK_APP_TOKEN (xapp-…) for Socket Mode.');
}
