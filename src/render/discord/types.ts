/**
 * The JSON body of Discord's `POST /channels/{id}/messages` as we send it.
 * The sender adds `nonce` and `enforce_nonce`; everything else is rendered.
 */
export interface DiscordMessage {
  content?: string;
  embeds?: DiscordEmbed[];
  /** `parse` always empty: nothing the bot posts may notify anyone, except an opt-in alert role listed in `roles`. */
  allowed_mentions: { parse: []; roles?: string[] };
}

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  author?: { name: string };
  footer?: { text: string };
  fields?: { name: string; value: string; inline?: boolean }[];
}
