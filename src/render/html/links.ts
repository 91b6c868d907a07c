/** Only http(s) links become anchors in a look-alike; anything else (javascript:, data:, relative) stays text. */
export function safeHref(target: string | null | undefined): string | null {
  if (!target) return null;
  try {
    const url = new URL(target);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Attributes for a link out of the dashboard: new tab, no referrer, no window handle. */
export const OUTBOUND = { rel: 'noopener noreferrer nofollow', target: '_blank' } as const;

export function hexColor(color: number | undefined, fallback = '#4e5058'): string {
  if (color === undefined || !Number.isInteger(color) || color < 0 || color > 0xffffff) return fallback;
  return `#${color.toString(16).padStart(6, '0')}`;
}
