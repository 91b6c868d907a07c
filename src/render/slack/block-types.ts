/**
 * The subset of Block Kit the renderer emits. Kept local so the renderer stays
 * free of SDK imports; the shapes match Slack's wire format exactly.
 */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  /** True stops Slack from auto-linking names and channels in the text. */
  verbatim?: boolean;
}

export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}

export interface SectionBlock {
  type: 'section';
  text: Mrkdwn;
}

export interface ContextBlock {
  type: 'context';
  elements: Array<Mrkdwn | PlainText>;
}

export interface DividerBlock {
  type: 'divider';
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock;

export interface SlackMessage {
  /** Plain-text fallback for notifications (still mrkdwn-escaped: Slack parses it too). */
  text: string;
  blocks: Block[];
}
