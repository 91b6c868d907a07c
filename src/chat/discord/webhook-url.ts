/**
 * A channel webhook as configured by users: `https://discord.com/api/webhooks/{id}/{token}`
 * (also discordapp.com, ptb./canary. hosts, an optional `/v10`). Only the id and
 * token are used: requests go to our configured API base, so tests stay offline.
 */
export interface DiscordWebhookRef {
  id: string;
  token: string;
}

const WEBHOOK_HOSTS = /^(?:(?:ptb|canary)\.)?discord(?:app)?\.com$/;

export function parseDiscordWebhookUrl(raw: string): DiscordWebhookRef | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !WEBHOOK_HOSTS.test(url.hostname)) return null;
  const match = url.pathname.match(/^\/api(?:\/v\d+)?\/webhooks\/(\d{1,20})\/([A-Za-z0-9_-]{1,100})\/?$/);
  return match ? { id: match[1]!, token: match[2]! } : null;
}
