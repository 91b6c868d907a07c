import { nextFireTime, type Delivery, type Subscription } from '../../../core/index.js';
import { describeCron } from '../../../chat/index.js';
import type { Feed } from '../../../store/index.js';
import type { WebDeps } from '../deps.js';
import { formatTime, isoTime, plural, relativeTime } from '../format.js';
import { ActionForm } from '../layout.js';

export interface OverviewData {
  feeds: Feed[];
  subscriptions: Subscription[];
  pending: Delivery[];
  recent: Delivery[];
  articles: number;
}

export async function loadOverview(deps: WebDeps): Promise<OverviewData> {
  const { store } = deps;
  return {
    feeds: await store.listFeeds(),
    subscriptions: await store.listSubscriptions(),
    pending: await store.listPendingDeliveries(),
    recent: await store.listRecentDeliveries(20),
    articles: await store.countArticles(),
  };
}

type FeedState = { label: string; kind: 'ok' | 'warn' | 'bad'; reason: string | null };

/** A feed's state in words. #13's "recovered" parse state belongs here as another kind. */
export function feedState(feed: Feed): FeedState {
  if (!feed.enabled) return { label: 'disabled', kind: 'bad', reason: feed.disabledReason ?? 'disabled by an operator' };
  if (feed.consecutiveFailures > 0) return { label: `failing ×${feed.consecutiveFailures}`, kind: 'warn', reason: feed.lastStatus };
  if (!feed.lastFetchedAt) return { label: 'not fetched yet', kind: 'warn', reason: null };
  return { label: 'ok', kind: 'ok', reason: null };
}

function Feeds(props: { feeds: Feed[]; deps: WebDeps; csrf: string; now: Date }) {
  const tz = props.deps.timeZone;
  if (props.feeds.length === 0) return <p>No feeds yet: add them under feeds: in the config file, or with /news feeds add in chat.</p>;
  return (
    <div class="scroll" tabindex={0} role="region" aria-label="Feeds table">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Feed</th>
            <th scope="col">State</th>
            <th scope="col">Last fetch</th>
            <th scope="col">Last status</th>
            <th scope="col">Next fetch</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {props.feeds.map((feed) => {
            const state = feedState(feed);
            return (
              <tr id={`feed-${feed.id}`} class={`feed-${state.kind}`}>
                <th scope="row">
                  <span class="name">{feed.name}</span>
                  <span class="sub">{`#${feed.id} · ${feed.origin} · ${feed.url}`}</span>
                </th>
                <td>
                  <span class={`badge ${state.kind}`}>{state.label}</span>
                  {state.reason ? <span class="reason">{state.reason}</span> : null}
                </td>
                <td>
                  <time datetime={isoTime(feed.lastFetchedAt)}>{formatTime(feed.lastFetchedAt, tz)}</time>
                </td>
                <td>{feed.lastStatus ?? '—'}</td>
                <td>
                  {feed.enabled ? (feed.nextFetchAt ? `${formatTime(feed.nextFetchAt, tz)} (${relativeTime(feed.nextFetchAt, props.now)})` : 'next poll') : '—'}
                </td>
                <td>{feed.enabled ? null : <ActionForm action={`/feeds/${feed.id}/enable`} csrf={props.csrf} label="Re-enable" />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Subscriptions(props: { subscriptions: Subscription[]; pending: Delivery[]; deps: WebDeps; csrf: string; now: Date }) {
  if (props.subscriptions.length === 0) return <p>No subscriptions yet: run /news subscribe in a channel, or news-digest subscribe.</p>;
  return (
    <div class="scroll" tabindex={0} role="region" aria-label="Subscriptions table">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Subscription</th>
            <th scope="col">Topics</th>
            <th scope="col">Schedule</th>
            <th scope="col">Next digest</th>
            <th scope="col">State</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.subscriptions.map((sub) => {
            const next = sub.status === 'active' && sub.mode === 'digest' ? nextFireTime(sub.schedule, sub.timezone, props.now) : null;
            const pending = props.pending.filter((d) => d.subscriptionId === sub.id).length;
            return (
              <tr id={`subscription-${sub.id}`}>
                <th scope="row">
                  <span class="name">{`#${sub.id} ${sub.platform}`}</span>
                  <span class="sub">{`channel ${sub.channelId}${sub.workspaceId ? ` · workspace ${sub.workspaceId}` : ''}`}</span>
                </th>
                <td>{sub.topics.join(', ')}</td>
                <td>{sub.mode === 'instant' ? 'instant' : `${describeCron(sub.schedule)} (${sub.timezone})`}</td>
                <td>{next ? `${formatTime(next, sub.timezone)} (${relativeTime(next, props.now)})` : '—'}</td>
                <td>
                  <span class={`badge ${sub.status === 'active' ? 'ok' : 'bad'}`}>{sub.status}</span>
                  {sub.pausedReason ? <span class="reason">{sub.pausedReason}</span> : null}
                  {pending > 0 ? <span class="reason">{`${plural(pending, 'part')} pending`}</span> : null}
                </td>
                <td class="actions">
                  <a href={`/preview?subscription=${sub.id}`}>Preview</a>
                  {sub.status === 'active' ? (
                    <>
                      <a href={`/subscriptions/${sub.id}/send`}>Send now…</a>
                      <ActionForm action={`/subscriptions/${sub.id}/pause`} csrf={props.csrf} label="Pause" />
                    </>
                  ) : (
                    <ActionForm action={`/subscriptions/${sub.id}/resume`} csrf={props.csrf} label="Resume" kind="primary" />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function Deliveries(props: { deliveries: Delivery[]; timeZone: string; empty: string; label: string }) {
  if (props.deliveries.length === 0) return <p>{props.empty}</p>;
  return (
    <div class="scroll" tabindex={0} role="region" aria-label={props.label}>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Subscription</th>
            <th scope="col">Period · part</th>
            <th scope="col">Status</th>
            <th scope="col">Recorded</th>
            <th scope="col">Sent</th>
            <th scope="col">Attempts · last error</th>
          </tr>
        </thead>
        <tbody>
          {props.deliveries.map((d) => (
            <tr>
              <th scope="row">{`#${d.subscriptionId}`}</th>
              <td>{`${d.periodKey} · ${d.part}/${d.partCount}`}</td>
              <td>
                <span class={`badge ${d.status === 'sent' ? 'ok' : d.status === 'pending' ? 'warn' : 'bad'}`}>{d.status}</span>
              </td>
              <td>{formatTime(d.createdAt, props.timeZone)}</td>
              <td>{formatTime(d.sentAt, props.timeZone)}</td>
              <td>{`${d.attempts}${d.lastError ? ` · ${d.lastError}` : ''}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OverviewPage(props: { data: OverviewData; deps: WebDeps; csrf: string; now: Date }) {
  const { data } = props;
  const failing = data.feeds.filter((f) => f.enabled && f.consecutiveFailures > 0).length;
  const disabled = data.feeds.filter((f) => !f.enabled).length;
  const paused = data.subscriptions.filter((s) => s.status === 'paused').length;
  return (
    <>
      <ul class="stats" aria-label="At a glance">
        <li>
          <strong>{plural(data.feeds.length, 'feed')}</strong>
          <span>{`${failing} failing · ${disabled} disabled`}</span>
        </li>
        <li>
          <strong>{plural(data.subscriptions.length, 'subscription')}</strong>
          <span>{`${paused} paused`}</span>
        </li>
        <li>
          <strong>{plural(data.pending.length, 'pending part')}</strong>
          <span>waiting to be sent</span>
        </li>
        <li>
          <strong>{plural(data.articles, 'article')}</strong>
          <span>stored</span>
        </li>
      </ul>
      <section aria-labelledby="feeds-h">
        <h2 id="feeds-h">Feeds</h2>
        <Feeds feeds={data.feeds} deps={props.deps} csrf={props.csrf} now={props.now} />
      </section>
      <section aria-labelledby="subs-h">
        <h2 id="subs-h">Subscriptions</h2>
        <Subscriptions subscriptions={data.subscriptions} pending={data.pending} deps={props.deps} csrf={props.csrf} now={props.now} />
      </section>
      <section aria-labelledby="pending-h">
        <h2 id="pending-h">Pending parts</h2>
        <Deliveries deliveries={data.pending} timeZone={props.deps.timeZone} empty="Nothing pending." label="Pending parts table" />
      </section>
      <section aria-labelledby="recent-h">
        <h2 id="recent-h">Last deliveries</h2>
        <Deliveries deliveries={data.recent} timeZone={props.deps.timeZone} empty="Nothing delivered yet." label="Last deliveries table" />
      </section>
    </>
  );
}
