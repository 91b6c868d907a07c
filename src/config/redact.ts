/**
 * URLs that are credentials: a Discord webhook (or interaction) URL carries
 * its token in the path, a Slack hooks.slack.com URL is its own secret, a
 * PostgreSQL URL may carry a password.
 * Every listing and log line shows them with the secret part replaced.
 */
const SECRET_URLS: [RegExp, string][] = [
  // https://discord.com/api/v10/webhooks/{id}/{token} (also discordapp.com, ptb., canary.)
  [/(\/api(?:\/v\d+)?\/webhooks\/\d+\/)[A-Za-z0-9._-]+/g, '$1[redacted]'],
  // https://hooks.slack.com/services/T…/B…/secret, /commands/…, /actions/…, /workflows/…
  [/(hooks\.slack(?:-gov)?\.com\/(?:services|commands|actions|workflows|triggers)\/)[^\s"'<>]+/g, '$1[redacted]'],
  // postgres://user:password@host/db (store.url, DATABASE_URL), or any scheme://user:password@: the password
  [/([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s"']*:)[^@\s"']*@/gi, '$1[redacted]@'],
  // ?password=… in a connection string
  [/([?&]password=)[^&\s]*/gi, '$1[redacted]'],
];

export const REDACTED = '[redacted]';

/** The text with every webhook token and Slack hook secret replaced by "[redacted]". */
export function redactSecretUrls(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_URLS) out = out.replace(pattern, replacement);
  return out;
}
