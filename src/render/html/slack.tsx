import type { Block, SlackMessage } from '../slack/index.js';
import { LimitTable } from './limit-table.js';
import { slackMessageLimits } from './limits.js';
import { SlackMrkdwn } from './slack-mrkdwn.js';

/**
 * Slack messages as the Slack client shows Block Kit: header, sections,
 * context lines and dividers, from the exact bodies the sender posts.
 */

function TextObject(props: { text: { type: 'plain_text' | 'mrkdwn'; text: string } }) {
  return props.text.type === 'mrkdwn' ? <SlackMrkdwn text={props.text.text} /> : <>{props.text.text}</>;
}

function BlockView(props: { block: Block }) {
  const { block } = props;
  switch (block.type) {
    case 'header':
      return <div class="sl-header">{block.text.text}</div>;
    case 'section':
      return (
        <div class="sl-section">
          <TextObject text={block.text} />
        </div>
      );
    case 'context':
      return (
        <div class="sl-context">
          {block.elements.map((element) => (
            <span class="sl-context-item">
              <TextObject text={element} />
            </span>
          ))}
        </div>
      );
    case 'divider':
      return <hr class="sl-divider" />;
    default:
      return null;
  }
}

export function SlackMessageView(props: { message: SlackMessage; botName?: string; index: number; count: number }) {
  return (
    <section class="sl-message" aria-label={`Slack message ${props.index + 1} of ${props.count}`}>
      <div class="sl-head">
        <span class="sl-name">{props.botName ?? 'news-digest'}</span>
        <span class="sl-app">APP</span>
      </div>
      {props.message.blocks.map((block) => (
        <BlockView block={block} />
      ))}
      <details class="sl-fallback">
        <summary>Notification text</summary>
        <SlackMrkdwn text={props.message.text} />
      </details>
      <LimitTable limits={slackMessageLimits(props.message)} caption={`Slack limits, message ${props.index + 1}`} />
    </section>
  );
}

export function SlackPreview(props: { messages: SlackMessage[]; botName?: string }) {
  if (props.messages.length === 0) return <p class="empty">Slack: nothing would be posted (an empty digest is not sent).</p>;
  return (
    <div class="sl-channel">
      {props.messages.map((message, index) => (
        <SlackMessageView message={message} botName={props.botName} index={index} count={props.messages.length} />
      ))}
    </div>
  );
}
