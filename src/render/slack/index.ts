export type { Block, ContextBlock, DividerBlock, HeaderBlock, Mrkdwn, PlainText, SectionBlock, SlackMessage } from './block-types.js';
export { SLACK_LIMITS } from './limits.js';
export { clampMrkdwn, clampMrkdwnLine, clampPlain, escapeMrkdwn, mrkdwnLink, safeLinkTarget, singleLine } from './mrkdwn.js';
export { renderSlackDigest } from './digest.js';
export { renderSlackParts, threadReply, type SlackPart } from './layouts.js';
