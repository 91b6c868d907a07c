export { createSlackSender, slackPauseNotice, type SlackSender, type SlackSenderOptions } from './sender.js';
export { DIGEST_PART_EVENT, type SentPart } from './sent-part.js';
export { slackDeliveryError } from './delivery-errors.js';
export { DEFAULT_SLACK_API_URL, normaliseSlackApiUrl } from './web-client.js';
export { startSlackApp, SLACK_EVENTS_PATH, type SlackApp, type SlackAppOptions } from './app.js';
export { slackModeFor, SlackConfigError, type SlackConnectionMode } from './settings.js';
export { parseSlackCommandText, type ParsedSlackCommand } from './command-text.js';
export { formatSlackReply, slackUsageReply, type SlackReply } from './reply-blocks.js';
export { uploadSlackImage, type UploadedFile } from './image.js';
