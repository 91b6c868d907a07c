import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Child } from 'hono/jsx';
import { secureHeaders } from 'hono/secure-headers';
import { topicLabel } from '../../core/index.js';
import { CHROME_LANGUAGES } from '../../render/index.js';
import { assets } from './assets/index.js';
import type { WebDeps } from './deps.js';
import { adHocSubscription, previewDigest } from './digest-preview.js';
import { Notice, Page } from './layout.js';
import { loadOverview, OverviewPage } from './pages/overview.js';
import { PreviewFormView, PreviewResult, WhyResult, type PreviewForm } from './pages/preview.js';
import { SearchFormView, SearchResults, StoryPage } from './pages/stories.js';
import { TrendsPage } from './pages/trends.js';
import { readSearchForm, runSearch } from './search.js';
import { SessionStore } from './security.js';
import { loadTrends, readTrendSelection, trendImage } from './trends.js';
import { explainUrl } from './why.js';
import { mountActions } from './actions.js';
import { mountAuth } from './auth.js';
import type { WebEnv } from './env.js';

type Env = WebEnv;

const FORM_LIMIT_BYTES = 16 * 1024;

/** Strict CSP: nothing but our own stylesheet, fonts and images; no script at all; forms post only here. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

export interface WebApp {
  app: Hono<Env>;
  sessions: SessionStore;
}

export function createWebApp(deps: WebDeps): WebApp {
  const app = new Hono<Env>();
  const sessions = new SessionStore({ ttlMs: deps.web.sessionHours * 3_600_000, idleMs: Math.min(deps.web.sessionHours, 2) * 3_600_000 });
  const secure = deps.web.secureCookie;
  const topics = () => deps.taxonomy.topics.map((t) => ({ id: t.id, label: topicLabel(deps.taxonomy, t.id, 'en') }));
  const topicIds = () => new Set(deps.taxonomy.topics.map((t) => t.id));

  const page = (c: Context<Env>, title: string, current: Parameters<typeof Page>[0]['current'], body: Child, status: 200 | 400 | 404 = 200) => {
    const session = c.get('session');
    const flash = session.flash;
    session.flash = null;
    return c.html(
      `<!doctype html>${(
        <Page title={title} current={current} csrf={session.csrf}>
          {flash ? <Notice kind={flash.kind}>{flash.text}</Notice> : null}
          {body}
        </Page>
      ).toString()}`,
      status,
    );
  };

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      crossOriginOpenerPolicy: 'same-origin',
      crossOriginResourcePolicy: 'same-origin',
      strictTransportSecurity: secure ? 'max-age=15552000' : false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  });
  app.post('*', bodyLimit({ maxSize: FORM_LIMIT_BYTES, onError: (c) => c.text('The form is too large.', 413) }));

  // Public: the stylesheet and fonts (the login page needs them) and the login itself.
  app.get('/assets/:name', (c) => {
    const found = assets().get(c.req.param('name'));
    if (!found) return c.text('Not found', 404);
    if (c.req.header('if-none-match') === found.etag) return c.body(null, 304);
    return c.body(found.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': found.type, etag: found.etag, 'cache-control': 'public, max-age=86400' });
  });

  mountAuth(app, deps, sessions);

  app.get('/', async (c) => {
    const now = deps.now();
    const data = await loadOverview(deps);
    return page(c, 'Overview', 'overview', <OverviewPage data={data} deps={deps} csrf={c.get('session').csrf} now={now} />);
  });

  app.get('/preview', async (c) => {
    const now = deps.now();
    const subscriptions = await deps.store.listSubscriptions();
    const known = topicIds();
    const subscriptionId = Number(c.req.query('subscription'));
    const hours = Number(c.req.query('hours'));
    const language = c.req.query('language') ?? deps.digest.language;
    const form: PreviewForm = {
      subscriptionId: Number.isInteger(subscriptionId) && subscriptionId > 0 ? subscriptionId : null,
      topics: c.req.queries('topics')?.filter((t) => known.has(t)) ?? [],
      language: (CHROME_LANGUAGES as readonly string[]).includes(language) ? language : 'en',
      mode: c.req.query('mode') === 'instant' ? 'instant' : 'digest',
      hours: Number.isFinite(hours) && hours >= 1 && hours <= 336 ? Math.round(hours) : 24,
      why: (c.req.query('why') ?? '').slice(0, 2048),
    };
    const chosen = form.subscriptionId === null ? null : (subscriptions.find((s) => s.id === form.subscriptionId) ?? null);
    const selection = chosen ?? (form.topics.length > 0 ? adHocSubscription(form, deps, now) : null);
    const body = (
      <>
        <PreviewFormView form={form} subscriptions={subscriptions} topics={topics()} languages={CHROME_LANGUAGES} />
        {form.subscriptionId !== null && !chosen ? <Notice kind="error">{`There is no subscription #${form.subscriptionId}.`}</Notice> : null}
        {selection ? <PreviewResult preview={await previewDigest(deps, selection, now)} /> : <p>Choose a subscription or at least one topic.</p>}
        {form.why ? <WhyResult report={await explainUrl(deps, form.why, selection, selection?.topics ?? [])} /> : null}
      </>
    );
    return page(c, 'Digest preview', 'preview', body);
  });

  app.get('/stories', async (c) => {
    const form = readSearchForm((name) => c.req.query(name));
    const result = await runSearch(deps, form);
    const feeds = await deps.store.listFeeds();
    return page(
      c,
      'Stories',
      'stories',
      <>
        <SearchFormView form={form} topics={topics()} feeds={feeds} />
        <SearchResults result={result} timeZone={deps.timeZone} form={form} />
      </>,
    );
  });

  app.get('/stories/:id{[0-9]+}', async (c) => {
    const story = await deps.store.getStory(Number(c.req.param('id')));
    if (!story) return page(c, 'No such story', 'stories', <p>There is no such story; it may have been merged into another.</p>, 404);
    const articles = await deps.store.getArticles(story.articleIds);
    return page(c, story.title, 'stories', <StoryPage story={story} articles={articles} timeZone={deps.timeZone} />);
  });

  app.get('/trends', async (c) => {
    const selection = readTrendSelection(c.req.query('days'), c.req.queries('topics') ?? [], topicIds());
    const data = await loadTrends(deps, selection);
    return page(c, 'Trends', 'trends', <TrendsPage data={data} topics={topics()} />);
  });

  app.get('/trends/chart.png', async (c) => {
    const selection = readTrendSelection(c.req.query('days'), c.req.queries('topics') ?? [], topicIds());
    const image = await trendImage(deps, selection);
    return c.body(new Uint8Array(image.png), 200, { 'content-type': 'image/png', 'content-disposition': `attachment; filename="${image.filename}"` });
  });

  mountActions(app, deps, page);

  app.notFound((c) => (c.get('session') ? page(c, 'Not found', null, <p>There is no such page.</p>, 404) : c.text('Not found', 404)));
  app.onError((error, c) => {
    deps.logger.error({ err: error.message, path: c.req.path }, 'dashboard page failed');
    return c.text('The page could not be built; the error is in the log.', 500);
  });

  return { app, sessions };
}
