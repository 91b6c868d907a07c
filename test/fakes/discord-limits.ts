/**
 * Discord's message limits as the real API enforces them, independent of our
 * renderer's constants (so a renderer bug cannot hide behind a shared number),
 * answering in Discord's nested `errors` format.
 */

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
} as const;

/** `{ embeds: { '0': { title: { _errors: [...] } } } }`, as in Discord's 50035 answers. */
export type DiscordErrorTree = { _errors?: { code: string; message: string }[] } & { [key: string]: DiscordErrorTree | undefined };

export interface LimitFailure {
  status: 400;
  body: { code: number; message: string; errors?: DiscordErrorTree };
}

interface EmbedLike {
  title?: unknown;
  description?: unknown;
  url?: unknown;
  fields?: unknown;
  footer?: { text?: unknown; icon_url?: unknown } | null;
  author?: { name?: unknown; url?: unknown; icon_url?: unknown } | null;
  image?: { url?: unknown } | null;
  thumbnail?: { url?: unknown } | null;
}

interface MessageLike {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
  attachments?: unknown;
  sticker_ids?: unknown;
  poll?: unknown;
}

/** Null when the body is within every limit. */
export function checkMessageLimits(body: unknown, options: { allowEmpty?: boolean } = {}): LimitFailure | null {
  const message = (typeof body === 'object' && body !== null ? body : {}) as MessageLike;
  const errors: DiscordErrorTree = {};
  if (typeof message.content === 'string' && message.content.length > LIMITS.content) {
    put(errors, ['content'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.content} or fewer in length.`);
  }
  const embeds = Array.isArray(message.embeds) ? (message.embeds as EmbedLike[]) : [];
  if (embeds.length > LIMITS.embeds) {
    put(errors, ['embeds'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.embeds} or fewer in length.`);
  }
  let total = 0;
  embeds.forEach((embed, index) => {
    total += checkEmbed(embed, ['embeds', String(index)], errors);
  });
  if (total > LIMITS.embedTotal) {
    put(errors, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
  }
  if (Object.keys(errors).length > 0) {
    return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors } };
  }
  if (!options.allowEmpty && isEmpty(message, embeds)) {
    return { status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
  }
  return null;
}

/** Returns the embed's character count towards the 6,000 total. */
function checkEmbed(embed: EmbedLike, at: string[], errors: DiscordErrorTree): number {
  let size = 0;
  size += checkText(embed.title, LIMITS.embedTitle, [...at, 'title'], errors);
  size += checkText(embed.description, LIMITS.embedDescription, [...at, 'description'], errors);
  size += checkText(embed.footer?.text, LIMITS.footerText, [...at, 'footer', 'text'], errors);
  size += checkText(embed.author?.name, LIMITS.authorName, [...at, 'author', 'name'], errors);
  checkUrl(embed.url, [...at, 'url'], errors);
  checkUrl(embed.author?.url, [...at, 'author', 'url'], errors);
  checkUrl(embed.author?.icon_url, [...at, 'author', 'icon_url'], errors);
  checkUrl(embed.footer?.icon_url, [...at, 'footer', 'icon_url'], errors);
  checkUrl(embed.image?.url, [...at, 'image', 'url'], errors);
  checkUrl(embed.thumbnail?.url, [...at, 'thumbnail', 'url'], errors);
  const fields = Array.isArray(embed.fields) ? (embed.fields as { name?: unknown; value?: unknown }[]) : [];
  if (fields.length > LIMITS.embedFields) {
    put(errors, [...at, 'fields'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.embedFields} or fewer in length.`);
  }
  fields.forEach((field, index) => {
    const fieldAt = [...at, 'fields', String(index)];
    for (const [key, limit] of [
      ['name', LIMITS.fieldName],
      ['value', LIMITS.fieldValue],
    ] as const) {
      const text = field[key];
      if (typeof text !== 'string' || text.trim() === '') {
        put(errors, [...fieldAt, key], 'BASE_TYPE_REQUIRED', 'This field is required');
      } else {
        size += checkText(text, limit, [...fieldAt, key], errors);
      }
    }
  });
  return size;
}

function checkText(text: unknown, limit: number, at: string[], errors: DiscordErrorTree): number {
  if (typeof text !== 'string') return 0;
  if (text.length > limit) put(errors, at, 'BASE_TYPE_MAX_LENGTH', `Must be ${limit} or fewer in length.`);
  return text.length;
}

function checkUrl(url: unknown, at: string[], errors: DiscordErrorTree): void {
  if (url === undefined || url === null) return;
  if (typeof url !== 'string' || !isHttpUrl(url)) {
    put(errors, at, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
  }
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isEmpty(message: MessageLike, embeds: EmbedLike[]): boolean {
  const hasContent = typeof message.content === 'string' && message.content.trim() !== '';
  const nonEmpty = (value: unknown) => Array.isArray(value) && value.length > 0;
  return (
    !hasContent && embeds.length === 0 && !nonEmpty(message.components) && !nonEmpty(message.attachments) && !nonEmpty(message.sticker_ids) && !message.poll
  );
}

function put(tree: DiscordErrorTree, at: string[], code: string, message: string): void {
  let node = tree;
  for (const key of at) {
    node[key] ??= {};
    node = node[key] as DiscordErrorTree;
  }
  (node._errors ??= []).push({ code, message });
}

export type MentionKind = 'everyone' | 'users' | 'roles';

/**
 * The mentions that would notify someone if Discord delivered this body: only
 * `content` pings (never embeds), filtered by `allowed_mentions` (absent means
 * "parse everything", Discord's default).
 */
export function pingsIn(body: unknown): string[] {
  const message = (typeof body === 'object' && body !== null ? body : {}) as {
    content?: unknown;
    allowed_mentions?: { parse?: MentionKind[]; users?: string[]; roles?: string[] } | null;
  };
  if (typeof message.content !== 'string') return [];
  const allowed = message.allowed_mentions;
  const parse = new Set<MentionKind>(allowed ? (allowed.parse ?? []) : ['everyone', 'users', 'roles']);
  const users = new Set(allowed?.users ?? []);
  const roles = new Set(allowed?.roles ?? []);
  const pings: string[] = [];
  for (const match of message.content.matchAll(/@(everyone|here)|<@(!?)(\d+)>|<@&(\d+)>/g)) {
    if (match[1] && parse.has('everyone')) pings.push(`@${match[1]}`);
    if (match[3] && (parse.has('users') || users.has(match[3]))) pings.push(`<@${match[3]}>`);
    if (match[4] && (parse.has('roles') || roles.has(match[4]))) pings.push(`<@&${match[4]}>`);
  }
  return pings;
}
