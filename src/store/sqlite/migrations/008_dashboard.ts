/** Lookups the web dashboard makes: an article by its display URL ("why not"), a story's deliveries, the newest deliveries. */
export const migration008 = {
  version: 8,
  name: 'dashboard',
  sql: `
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS delivered_stories_story ON delivered_stories (story_id, delivered_at);
CREATE INDEX IF NOT EXISTS deliveries_created ON deliveries (created_at);
`,
};
