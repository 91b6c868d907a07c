import type { Subscription } from '../../../core/index.js';
import { renderDigestText } from '../../../render/index.js';
import { DiscordPreview, SlackPreview } from '../../../render/html/index.js';
import type { RenderedPreview } from '../digest-preview.js';
import type { WhyReport } from '../why.js';
import { plural } from '../format.js';

export interface PreviewForm {
  subscriptionId: number | null;
  topics: string[];
  language: string;
  mode: 'digest' | 'instant';
  hours: number;
  why: string;
}

export function PreviewFormView(props: {
  form: PreviewForm;
  subscriptions: Subscription[];
  topics: { id: string; label: string }[];
  languages: readonly string[];
}) {
  const { form } = props;
  return (
    <form method="get" action="/preview" class="panel">
      <fieldset>
        <legend>Whose digest</legend>
        <label for="subscription">Subscription</label>
        <select id="subscription" name="subscription">
          <option value="" selected={form.subscriptionId === null}>
            None: use the topics below
          </option>
          {props.subscriptions.map((s) => (
            <option value={String(s.id)} selected={form.subscriptionId === s.id}>
              {`#${s.id} ${s.platform} ${s.channelId} (${s.topics.join(', ')})`}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>Topics (when no subscription is chosen)</legend>
        <div class="checks">
          {props.topics.map((t) => (
            <label>
              <input type="checkbox" name="topics" value={t.id} checked={form.topics.includes(t.id)} />
              {` ${t.label}`}
            </label>
          ))}
        </div>
        <div class="row">
          <span>
            <label for="language">Digest language</label>
            <select id="language" name="language">
              {props.languages.map((l) => (
                <option value={l} selected={form.language === l}>
                  {l}
                </option>
              ))}
            </select>
          </span>
          <span>
            <label for="mode">Mode</label>
            <select id="mode" name="mode">
              <option value="digest" selected={form.mode === 'digest'}>
                digest
              </option>
              <option value="instant" selected={form.mode === 'instant'}>
                instant
              </option>
            </select>
          </span>
          <span>
            <label for="hours">Look back (hours)</label>
            <input id="hours" name="hours" type="number" min="1" max="336" value={String(form.hours)} />
          </span>
        </div>
      </fieldset>
      <fieldset>
        <legend>Why not?</legend>
        <label for="why">Article URL</label>
        <input id="why" name="why" type="url" value={form.why} placeholder="https://…" maxlength={2048} />
      </fieldset>
      <button type="submit" class="primary">
        Preview
      </button>
    </form>
  );
}

export function PreviewResult(props: { preview: RenderedPreview }) {
  const { digest, discord, slack, problems } = props.preview;
  const stories = digest.sections.reduce((sum, s) => sum + s.stories.length, 0);
  return (
    <section aria-labelledby="result-h">
      <h2 id="result-h">{`Next digest: ${plural(stories, 'story', 'stories')}${digest.moreCount > 0 ? ` (+${digest.moreCount} more)` : ''}`}</h2>
      {problems.map((p) => (
        <p class="notice error" role="alert">
          {p}
        </p>
      ))}
      <div class="platforms">
        <section aria-labelledby="discord-h" class="platform">
          <h3 id="discord-h">{`Discord (${plural(discord.length, 'message')})`}</h3>
          <DiscordPreview messages={discord} />
        </section>
        <section aria-labelledby="slack-h" class="platform">
          <h3 id="slack-h">{`Slack (${plural(slack.length, 'message')})`}</h3>
          <SlackPreview messages={slack} />
        </section>
      </div>
      <details>
        <summary>Plain text (console and logs)</summary>
        <pre class="plain">{renderDigestText(digest)}</pre>
      </details>
    </section>
  );
}

export function WhyResult(props: { report: WhyReport }) {
  const { report } = props;
  return (
    <section aria-labelledby="why-h" class="panel">
      <h2 id="why-h">Why not?</h2>
      <p class="sub">{report.url}</p>
      {report.notFound.length > 0 ? (
        <ul>
          {report.notFound.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      ) : null}
      {report.articles.map((x) => (
        <article class="why">
          <h3>{x.article.storyId === null ? x.article.title : <a href={`/stories/${x.article.storyId}`}>{x.article.title}</a>}</h3>
          <ol>
            {x.reasons.map((r) => (
              <li>{r}</li>
            ))}
          </ol>
          <table class="data">
            <caption>Topics: score against threshold</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col">Wanted</th>
                <th scope="col">Score</th>
                <th scope="col">Threshold</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {x.topics.map((t) => (
                <tr>
                  <th scope="row">{t.label}</th>
                  <td>{t.wanted ? 'yes' : 'no'}</td>
                  <td>{t.score === null ? 'not tagged' : String(t.score)}</td>
                  <td>{t.threshold === null ? '—' : String(t.threshold)}</td>
                  <td>{t.evidence.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {x.deliveries.length > 0 ? (
            <ul>
              {x.deliveries.map((d) => (
                <li>{`Delivered to subscription #${d.subscriptionId}${d.subscription ? ` (${d.subscription.platform} ${d.subscription.channelId})` : ''} on ${d.deliveredAt.toISOString()}`}</li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}
    </section>
  );
}
