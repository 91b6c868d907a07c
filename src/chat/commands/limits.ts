/** Bounds on OPML files (chat attachments and `news-digest feeds import`). */
export const MAX_OPML_BYTES = 1_048_576;
export const MAX_OPML_OUTLINES = 2_000;
export const MAX_OPML_FEEDS = 500;
