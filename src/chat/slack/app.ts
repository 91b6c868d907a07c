import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../config/index.js';
import { DEFAULT_BODY_LIMITS, limitBody } from '../../http/index.js';
import type { CommandDeps } from '../commands/index.js';
import { newsCommandListener, type NewsCommandArgs } from './news-command.js';
import { SlackConfigError, slackModeFor, type SlackConnectionMode } from './settings.js';
import { normaliseSlackApiUrl, slackLoggerFrom, type RetryPolicy } from './web-client.js';

/** Where Slack posts slash commands and events in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  botToken: string;
  /** HTTP mode: requests are verified with it (bad signature or a timestamp older than 5 minutes → 401). */
  signingSecret?: string | null;
  /** Socket Mode when set (xapp-…, scope connections:write). */
  appToken?: string | null;
  /** SLACK_API_URL; defaults to https://slack.com/api/. */
  apiUrl?: string;
  commands: CommandDeps;
  logger: Logger;
  /** A command finishing within this is answered in the ack; slower ones through response_url. Default 2,000 ms. */
  inlineBudgetMs?: number;
  /** HTTP mode only: also listen on this port (0 = any) instead of only returning the handler to mount. */
  listen?: { port: number; host?: string };
  /** Web API retry policy for the commands' lookups; tests pass a fast one. */
  retryConfig?: RetryPolicy;
}

export interface SlackApp {
  mode: SlackConnectionMode;
  /** HTTP mode: a Node request listener for POST /slack/events, to mount in the existing HTTP server. */
  handler?: RequestListener;
  /** Set when `listen` was given: the address it listens on. */
  address?: AddressInfo;
  /** Socket Mode: the WebSocket is open; HTTP mode: always true (Slack calls us). */
  connected(): boolean;
  stop(): Promise<void>;
}

/** Wraps Bolt's listener so a path it does not own answers 404 instead of throwing. */
function mountable(listener: RequestListener, logger: Logger): RequestListener {
  return (req, res) => {
    try {
      listener(req, res);
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
      }
      logger.debug({ err: error, url: req.url }, 'slack receiver ignored a request');
    }
  };
}

async function listenOn(handler: RequestListener, listen: { port: number; host?: string }): Promise<{ server: Server; address: AddressInfo }> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host ?? '127.0.0.1', () => resolve());
  });
  return { server, address: server.address() as AddressInfo };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((err) => (err ? reject(err) : resolve()));
  });
}

/** Bolt's init calls auth.test; a rejected token becomes one sentence naming the variable to fix. */
async function verifiedInit(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code)
      throw new SlackConfigError(`Slack rejected SLACK_BOT_TOKEN (${code}); copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.`);
    throw new SlackConfigError(`Could not reach the Slack Web API to check SLACK_BOT_TOKEN (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * Starts the Slack side of the bot: the /news command over HTTP (mounted at
 * POST /slack/events) or Socket Mode, chosen by which credentials are set.
 * Fails fast when the bot token is rejected (auth.test).
 */
export async function startSlackApp(options: SlackAppOptions): Promise<SlackApp> {
  const mode = slackModeFor(options);
  const logger = options.logger.child({ platform: 'slack' });
  const slackLogger = slackLoggerFrom(logger);
  const clientOptions = { slackApiUrl: normaliseSlackApiUrl(options.apiUrl), ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}) };
  const listener = newsCommandListener({ commands: options.commands, logger, inlineBudgetMs: options.inlineBudgetMs ?? 2000 });

  const receiver =
    mode === 'socket'
      ? new SocketModeReceiver({ appToken: options.appToken!, logger: slackLogger, installerOptions: { clientOptions: { ...clientOptions } } })
      : new HTTPReceiver({ signingSecret: options.signingSecret!, endpoints: SLACK_EVENTS_PATH, logger: slackLogger, processBeforeResponse: false });
  const app = new App({ token: options.botToken, receiver, logger: slackLogger, clientOptions, deferInitialization: true });
  app.command('/news', (args) => listener(args as unknown as NewsCommandArgs));
  app.error(async (error) => {
    logger.error({ err: error }, 'slack listener failed');
  });
  await verifiedInit(app);

  if (mode === 'socket') {
    await app.start();
    logger.info('slack connected over Socket Mode');
    return {
      mode,
      connected: () => (receiver as SocketModeReceiver).client.websocket?.isActive() ?? false,
      stop: async () => {
        await app.stop();
      },
    };
  }
  const handler = mountable((receiver as HTTPReceiver).requestListener, logger);
  if (!options.listen) return { mode, handler, connected: () => true, stop: async () => undefined };
  // Standalone, the receiver gets the same body limits the ops server puts in front of it.
  const { server, address } = await listenOn(limitBody(handler, DEFAULT_BODY_LIMITS), options.listen);
  logger.info({ port: address.port }, 'slack receiver listening');
  return { mode, handler, address, connected: () => true, stop: () => closeServer(server) };
}
