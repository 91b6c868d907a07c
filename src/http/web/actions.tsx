import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { reenableFeed } from '../../feeds/index.js';
import type { WebDeps } from './deps.js';
import { previewDigest } from './digest-preview.js';
import type { WebEnv } from './env.js';
import { SendPage } from './pages/send.js';

type PageFn = (c: Context<WebEnv>, title: string, current: null, body: Child, status?: 200 | 400 | 404) => Response | Promise<Response>;

/** The few safe actions: pause/resume a subscription, re-enable a feed, send a digest now (dry run first). Each redirects back with a notice. */
export function mountActions(app: Hono<WebEnv>, deps: WebDeps, page: PageFn): void {
  const subscriptionOr404 = async (c: Context<WebEnv>) => {
    const sub = await deps.store.getSubscription(Number(c.req.param('id')));
    return sub;
  };

  app.post('/subscriptions/:id{[0-9]+}/pause', async (c) => {
    const sub = await subscriptionOr404(c);
    if (!sub) return page(c, 'No such subscription', null, <p>There is no such subscription.</p>, 404);
    await deps.store.updateSubscription(sub.id, { status: 'paused', pausedReason: 'paused from the dashboard' });
    deps.onSubscriptionsChanged?.();
    deps.logger.info({ subscriptionId: sub.id }, 'subscription paused from the dashboard');
    c.get('session').flash = { kind: 'ok', text: `Subscription #${sub.id} is paused; resume it here or with /news subscribe.` };
    return c.redirect('/', 303);
  });

  app.post('/subscriptions/:id{[0-9]+}/resume', async (c) => {
    const sub = await subscriptionOr404(c);
    if (!sub) return page(c, 'No such subscription', null, <p>There is no such subscription.</p>, 404);
    await deps.store.updateSubscription(sub.id, { status: 'active', pausedReason: null });
    deps.onSubscriptionsChanged?.();
    deps.logger.info({ subscriptionId: sub.id }, 'subscription resumed from the dashboard');
    c.get('session').flash = { kind: 'ok', text: `Subscription #${sub.id} is active again; pending parts go out on the next run.` };
    return c.redirect('/', 303);
  });

  app.post('/feeds/:id{[0-9]+}/enable', async (c) => {
    const feed = await deps.store.getFeed(Number(c.req.param('id')));
    if (!feed) return page(c, 'No such feed', null, <p>There is no such feed.</p>, 404);
    await reenableFeed(deps.store, feed.id);
    deps.logger.info({ feedId: feed.id }, 'feed re-enabled from the dashboard');
    c.get('session').flash = { kind: 'ok', text: `Feed #${feed.id} ${feed.name} is enabled again and is fetched on the next poll.` };
    return c.redirect('/', 303);
  });

  app.get('/subscriptions/:id{[0-9]+}/send', async (c) => {
    const sub = await subscriptionOr404(c);
    if (!sub) return page(c, 'No such subscription', null, <p>There is no such subscription.</p>, 404);
    const preview = await previewDigest(deps, sub, deps.now());
    return page(
      c,
      `Send now: #${sub.id}`,
      null,
      <SendPage subscription={sub} preview={preview} csrf={c.get('session').csrf} canSend={deps.sendDigestNow !== undefined} />,
    );
  });

  app.post('/subscriptions/:id{[0-9]+}/send', async (c) => {
    const sub = await subscriptionOr404(c);
    if (!sub) return page(c, 'No such subscription', null, <p>There is no such subscription.</p>, 404);
    if (!deps.sendDigestNow) {
      c.get('session').flash = { kind: 'error', text: 'This process cannot send digests; run news-digest run with the platform credentials.' };
      return c.redirect('/', 303);
    }
    deps.logger.info({ subscriptionId: sub.id }, 'digest sent now from the dashboard');
    const outcome = await deps.sendDigestNow(sub);
    c.get('session').flash = { kind: 'ok', text: outcome };
    return c.redirect('/', 303);
  });
}
