import type { DiscordEmbed, DiscordMessage } from '../discord/index.js';
import { DiscordMarkdown } from './discord-markdown.js';
import { LimitTable } from './limit-table.js';
import { discordMessageLimits } from './limits.js';
import { hexColor, OUTBOUND, safeHref } from './links.js';

/**
 * Discord messages as the Discord client shows them (dark theme): content with
 * markdown, then each embed with its colour bar, author line, linked title,
 * description, fields and footer. Built from the exact bodies the sender posts.
 */

function Embed(props: { embed: DiscordEmbed }) {
  const { embed } = props;
  const href = safeHref(embed.url);
  return (
    <article class="dc-embed">
      {/* The colour bar is an SVG presentation attribute: no inline style, so the strict CSP holds. */}
      <svg class="dc-bar" width="4" height="100%" preserveAspectRatio="none" viewBox="0 0 4 10" aria-hidden="true" focusable="false">
        <rect width="4" height="10" fill={hexColor(embed.color)} />
      </svg>
      <div class="dc-embed-body">
        {embed.author ? <div class="dc-author">{embed.author.name}</div> : null}
        {embed.title ? (
          <div class="dc-title">
            {href ? (
              <a href={href} {...OUTBOUND}>
                <DiscordMarkdown text={embed.title} />
              </a>
            ) : (
              <DiscordMarkdown text={embed.title} />
            )}
          </div>
        ) : null}
        {embed.description ? (
          <div class="dc-description">
            <DiscordMarkdown text={embed.description} extended />
          </div>
        ) : null}
        {(embed.fields ?? []).map((field) => (
          <div class="dc-field">
            <div class="dc-field-name">
              <DiscordMarkdown text={field.name} />
            </div>
            <div class="dc-field-value">
              <DiscordMarkdown text={field.value} extended />
            </div>
          </div>
        ))}
        {embed.footer ? <div class="dc-footer">{embed.footer.text}</div> : null}
      </div>
    </article>
  );
}

export function DiscordMessageView(props: { message: DiscordMessage; botName?: string; index: number; count: number }) {
  const { message } = props;
  return (
    <section class="dc-message" aria-label={`Discord message ${props.index + 1} of ${props.count}`}>
      <div class="dc-head">
        <span class="dc-name">{props.botName ?? 'news-digest'}</span>
        <span class="dc-app">APP</span>
      </div>
      {message.content ? (
        <div class="dc-content">
          <DiscordMarkdown text={message.content} />
        </div>
      ) : null}
      {(message.embeds ?? []).map((embed) => (
        <Embed embed={embed} />
      ))}
      <LimitTable limits={discordMessageLimits(message)} caption={`Discord limits, message ${props.index + 1}`} />
    </section>
  );
}

export function DiscordPreview(props: { messages: DiscordMessage[]; botName?: string }) {
  if (props.messages.length === 0) return <p class="empty">Discord: nothing would be posted.</p>;
  return (
    <div class="dc-channel">
      {props.messages.map((message, index) => (
        <DiscordMessageView message={message} botName={props.botName} index={index} count={props.messages.length} />
      ))}
    </div>
  );
}
