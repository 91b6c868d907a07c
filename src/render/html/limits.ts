import { DISCORD_LIMITS, discordLimitViolations, embedSize, type DiscordMessage } from '../discord/index.js';
import { SLACK_LIMITS, type Block, type SlackMessage } from '../slack/index.js';

/** One limit of one message: how much is used, the platform's maximum, and whether it holds. */
export interface LimitUse {
  label: string;
  used: number;
  max: number;
}

export interface MessageLimits {
  uses: LimitUse[];
  /** Sentences naming each broken limit; empty when the message is within all of them. */
  violations: string[];
}

export function discordMessageLimits(message: DiscordMessage): MessageLimits {
  const embeds = message.embeds ?? [];
  const longestDescription = Math.max(0, ...embeds.map((e) => e.description?.length ?? 0));
  return {
    uses: [
      { label: 'content characters', used: message.content?.length ?? 0, max: DISCORD_LIMITS.content },
      { label: 'embeds', used: embeds.length, max: DISCORD_LIMITS.embedsPerMessage },
      { label: 'embed characters (all embeds)', used: embeds.reduce((sum, e) => sum + embedSize(e), 0), max: DISCORD_LIMITS.embedTotal },
      { label: 'longest embed description', used: longestDescription, max: DISCORD_LIMITS.embedDescription },
    ],
    violations: discordLimitViolations(message),
  };
}

function blockTextLengths(block: Block): { kind: string; length: number; max: number }[] {
  switch (block.type) {
    case 'header':
      return [{ kind: 'header text', length: block.text.text.length, max: SLACK_LIMITS.headerText }];
    case 'section':
      return [{ kind: 'section text', length: block.text.text.length, max: SLACK_LIMITS.sectionText }];
    case 'context':
      return [
        { kind: 'context elements', length: block.elements.length, max: SLACK_LIMITS.contextElements },
        ...block.elements.map((e) => ({ kind: 'context element text', length: e.text.length, max: SLACK_LIMITS.contextElementText })),
      ];
    default:
      return [];
  }
}

export function slackMessageLimits(message: SlackMessage): MessageLimits {
  const checks = message.blocks.flatMap(blockTextLengths);
  const longestSection = Math.max(0, ...checks.filter((c) => c.kind === 'section text').map((c) => c.length));
  const violations = checks.filter((c) => c.length > c.max).map((c) => `a ${c.kind} has ${c.length}, more than ${c.max}`);
  if (message.blocks.length > SLACK_LIMITS.blocksPerMessage) violations.unshift(`${message.blocks.length} blocks, more than ${SLACK_LIMITS.blocksPerMessage}`);
  if (message.text.length > SLACK_LIMITS.messageText)
    violations.push(`fallback text has ${message.text.length} characters, more than ${SLACK_LIMITS.messageText}`);
  return {
    uses: [
      { label: 'blocks', used: message.blocks.length, max: SLACK_LIMITS.blocksPerMessage },
      { label: 'longest section text', used: longestSection, max: SLACK_LIMITS.sectionText },
      { label: 'fallback text characters', used: message.text.length, max: SLACK_LIMITS.fallbackText },
    ],
    violations,
  };
}
