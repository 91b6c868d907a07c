import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Validates request bodies against Discord's own OpenAPI description
 * (test/fixtures/reference/discord-openapi.json, MIT, see the README beside it),
 * so the fake rejects anything the
 * real API's published schema rejects. Compiled once per process: the document
 * is large and several test files start a fake server.
 */

export const DISCORD_OPENAPI_PATH = fileURLToPath(new URL('../fixtures/reference/discord-openapi.json', import.meta.url));

/** The request bodies the fake validates, by route. */
export type DiscordBodyKind =
  | 'messageCreate'
  | 'webhookExecute'
  | 'webhookMessageEdit'
  | 'interactionCallback'
  | 'commandsOverwrite'
  | 'privateChannelCreate'
  | 'threadCreate'
  | 'threadFromMessage';

const DOC_ID = 'discord-openapi.json';
const ref = (name: string) => ({ $ref: `${DOC_ID}#/components/schemas/${name}` });

const WRAPPERS: Record<DiscordBodyKind, object> = {
  messageCreate: ref('MessageCreateRequest'),
  webhookExecute: { anyOf: [ref('IncomingWebhookRequestPartial'), ref('IncomingWebhookUpdateRequestPartial')] },
  webhookMessageEdit: ref('IncomingWebhookUpdateRequestPartial'),
  interactionCallback: {
    anyOf: [
      ref('ApplicationCommandAutocompleteCallbackRequest'),
      ref('CreateMessageInteractionCallbackRequest'),
      ref('ModalInteractionCallbackRequest'),
      ref('PongInteractionCallbackRequest'),
      ref('UpdateMessageInteractionCallbackRequest'),
    ],
  },
  commandsOverwrite: { type: 'array', items: ref('ApplicationCommandUpdateRequest'), maxItems: 130 },
  privateChannelCreate: ref('CreatePrivateChannelRequest'),
  threadCreate: { anyOf: [ref('CreateForumThreadRequest'), ref('CreateTextThreadWithoutMessageRequest')] },
  threadFromMessage: ref('CreateTextThreadWithMessageRequest'),
};

export interface SchemaViolation {
  /** JSON pointer into the body, e.g. "/embeds/0/url". */
  path: string;
  keyword: string;
  message: string;
}

export type DiscordBodyValidator = (kind: DiscordBodyKind, body: unknown) => SchemaViolation[];

let cached: DiscordBodyValidator | undefined;

/** The document ships with the repository, so every test validates against it (a missing file fails loudly). */
export function discordBodyValidator(): DiscordBodyValidator {
  if (cached !== undefined) return cached;
  const ajv = new Ajv2020({ strict: false, allErrors: false, logger: false });
  addFormats.default(ajv);
  ajv.addFormat('snowflake', /^(0|[1-9][0-9]*)$/);
  ajv.addFormat('nonce', true);
  ajv.addSchema(JSON.parse(readFileSync(DISCORD_OPENAPI_PATH, 'utf8')) as object, DOC_ID);
  // Every kind compiled now, when the fake starts, not at its first request: a compile takes seconds on a busy
  // machine, and in the middle of a request it held the event loop past the client's timeout (5 s in
  // discord-server.test.ts, failed under load 17).
  const compiled = new Map(Object.entries(WRAPPERS).map(([kind, wrapper]) => [kind as DiscordBodyKind, ajv.compile(wrapper)]));
  cached = (kind, body) => {
    const validate = compiled.get(kind)!;
    return validate(normaliseForSchema(kind, body)) ? [] : (validate.errors ?? []).map(toViolation);
  };
  return cached;
}

/**
 * Discord's API documents `default_member_permissions` as a string bit set (and
 * discord.js sends it so), while the OpenAPI description types it as an integer.
 * The fake accepts what the real API accepts.
 */
function normaliseForSchema(kind: DiscordBodyKind, body: unknown): unknown {
  if (kind !== 'commandsOverwrite' || !Array.isArray(body)) return body;
  return body.map((command: unknown) => {
    if (typeof command !== 'object' || command === null) return command;
    const permissions = (command as { default_member_permissions?: unknown }).default_member_permissions;
    if (typeof permissions === 'string' && /^\d+$/.test(permissions)) {
      return { ...command, default_member_permissions: Number(permissions) };
    }
    return command;
  });
}

function toViolation(error: ErrorObject): SchemaViolation {
  return { path: error.instancePath, keyword: error.keyword, message: error.message ?? error.keyword };
}
