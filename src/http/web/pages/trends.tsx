import { raw } from 'hono/html';
import type { TrendData } from '../trends.js';
import { TREND_RANGES } from '../trends.js';

export function TrendsPage(props: { data: TrendData; topics: { id: string; label: string }[] }) {
  const { data } = props;
  const { selection } = data;
  const labelOf = new Map(props.topics.map((t) => [t.id, t.label]));
  const shownTopics = [...new Set(data.counts.map((c) => c.topic))].sort();
  const countOf = new Map(data.counts.map((c) => [`${c.topic} ${c.day}`, c.count]));
  const speakersByTopic = new Map<string, typeof data.speakers>();
  for (const s of data.speakers) speakersByTopic.set(s.topicId, [...(speakersByTopic.get(s.topicId) ?? []), s]);
  const query = new URLSearchParams([['days', String(selection.days)], ...selection.topics.map((t) => ['topics', t] as [string, string])]);
  return (
    <>
      <form method="get" action="/trends" class="panel">
        <div class="row">
          <span>
            <label for="days">Range</label>
            <select id="days" name="days">
              {TREND_RANGES.map((d) => (
                <option value={String(d)} selected={selection.days === d}>
                  {`last ${d} days`}
                </option>
              ))}
            </select>
          </span>
        </div>
        <fieldset>
          <legend>Topics (none checked: all)</legend>
          <div class="checks">
            {props.topics.map((t) => (
              <label>
                <input type="checkbox" name="topics" value={t.id} checked={selection.topics.includes(t.id)} />
                {` ${t.label}`}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" class="primary">
          Show
        </button>
      </form>

      <section aria-labelledby="trend-h">
        <h2 id="trend-h">Stories per topic per day</h2>
        <figure class="chart" id="trend-chart">
          {/* Vega's SVG renderer escapes every value; each point links to its stories, no script needed. */}
          {raw(data.trendSvg)}
          <figcaption>
            {'Select a point to see the stories behind it. '}
            <a href={`/trends/chart.png?${query.toString()}`} download>
              Download as PNG
            </a>
          </figcaption>
        </figure>
        <details>
          <summary>The same numbers as a table</summary>
          {shownTopics.length === 0 ? (
            <p>No stories in this range.</p>
          ) : (
            <div class="scroll" tabindex={0} role="region" aria-label="Stories per topic per day table">
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    {shownTopics.map((t) => (
                      <th scope="col">{labelOf.get(t) ?? t}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.days.map((day) => (
                    <tr>
                      <th scope="row">{day}</th>
                      {shownTopics.map((t) => {
                        const n = countOf.get(`${t} ${day}`) ?? 0;
                        return <td>{n > 0 ? <a href={`/stories?topic=${encodeURIComponent(t)}&day=${day}`}>{String(n)}</a> : '0'}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      </section>

      <section aria-labelledby="speakers-h">
        <h2 id="speakers-h">Top speakers per topic</h2>
        {speakersByTopic.size === 0 ? (
          <p>No quoted speakers in this range.</p>
        ) : (
          <div class="speakers">
            {[...speakersByTopic.entries()].map(([topic, list]) => (
              <table class="data">
                <caption>{labelOf.get(topic) ?? topic}</caption>
                <thead>
                  <tr>
                    <th scope="col">Speaker</th>
                    <th scope="col">Articles</th>
                    <th scope="col">Quotes</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr>
                      <th scope="row">
                        <a href={`/stories?speaker=${encodeURIComponent(s.speaker)}&topic=${encodeURIComponent(topic)}`}>{s.speaker}</a>
                      </th>
                      <td>{String(s.articles)}</td>
                      <td>{String(s.quotes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="volume-h">
        <h2 id="volume-h">Feed volume</h2>
        <figure class="chart" id="volume-chart">
          {raw(data.volumeSvg)}
          <figcaption>Articles first seen per feed per day (UTC).</figcaption>
        </figure>
      </section>
    </>
  );
}
