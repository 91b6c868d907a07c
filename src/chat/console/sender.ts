import type { Digest, Subscription } from '../../core/index.js';
import { renderDigestText } from '../../render/index.js';
import { ChatDeliveryError, type ChatSender } from '../../schedule/index.js';

/**
 * A chat "platform" that writes the plain-text digest to a stream: the demo,
 * `--dry-run` and anyone trying the bot without a Discord or Slack workspace.
 * One part per digest; the idempotency key is ignored because a terminal
 * cannot be posted to twice by accident.
 */
export function createConsoleSender(stream: NodeJS.WritableStream): ChatSender {
  let written = 0;
  return {
    platform: 'console',
    renderDigest: (digest: Digest, _subscription: Subscription) => [renderDigestText(digest)],
    renderNotice: (notice) => [{ payload: [notice.title, ...notice.lines].join('\n') }],
    send: (_subscription, payload) =>
      new Promise((resolve, reject) => {
        const text = payload.endsWith('\n') ? payload : `${payload}\n`;
        stream.write(`${text}\n`, (error) => {
          if (error) reject(new ChatDeliveryError(`Could not write the digest to the console: ${error.message}.`, false));
          else resolve({ messageId: `console-${++written}` });
        });
      }),
    // The console has no operators to tell; the pause is in the log and `news-digest subscriptions`.
    notifyPaused: () => Promise.resolve(),
  };
}
