/** Block Kit limits Slack enforces (https://docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextElementText: 3000,
  /** Slack truncates `text` beyond 40,000; we stay far below because it is only the notification fallback. */
  messageText: 40_000,
  fallbackText: 4000,
} as const;
