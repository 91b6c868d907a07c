import type { Article, Story } from '../../../core/index.js';
import { OUTBOUND, safeHref } from '../../../render/html/index.js';
import type { Feed } from '../../../store/index.js';
import type { SearchForm, SearchResult, StoryHit } from '../search.js';
import { formatTime, isoTime, plural } from '../format.js';
import { Highlighted } from '../highlight.js';

export function SearchFormView(props: { form: SearchForm; topics: { id: string; label: string }[]; feeds: Feed[] }) {
  const { form } = props;
  return (
    <form method="get" action="/stories" class="panel search" role="search">
      <div class="row">
        <span class="grow">
          <label for="q">Text</label>
          <input id="q" name="q" type="search" value={form.q} maxlength={200} />
        </span>
        <span>
          <label for="topic">Topic</label>
          <select id="topic" name="topic">
            <option value="">any</option>
            {props.topics.map((t) => (
              <option value={t.id} selected={form.topic === t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label for="language">Language</label>
          <input id="language" name="language" value={form.language} size={4} maxlength={3} pattern="[a-z]{2,3}" aria-describedby="language-hint" />
          <small id="language-hint">two letters: de, en, fr…</small>
        </span>
      </div>
      <div class="row">
        <span>
          <label for="source">Source</label>
          <input id="source" name="source" value={form.source} list="sources" maxlength={100} />
          <datalist id="sources">
            {props.feeds.map((f) => (
              <option value={f.name} />
            ))}
          </datalist>
        </span>
        <span>
          <label for="speaker">Speaker</label>
          <input id="speaker" name="speaker" value={form.speaker} maxlength={100} />
        </span>
        <span>
          <label for="since">From</label>
          <input id="since" name="since" type="date" value={form.since} />
        </span>
        <span>
          <label for="until">To</label>
          <input id="until" name="until" type="date" value={form.until} />
        </span>
      </div>
      {form.day ? <input type="hidden" name="day" value={form.day} /> : null}
      <button type="submit" class="primary">
        Search
      </button>
    </form>
  );
}

function HitView(props: { hit: StoryHit; timeZone: string }) {
  const { story, articles, quotes } = props.hit;
  const title = story?.title ?? articles[0]?.title ?? 'Untitled';
  return (
    <li class="hit">
      <h3>{story ? <a href={`/stories/${story.id}`}>{title}</a> : title}</h3>
      {story ? (
        <p class="sub">
          {`${plural(story.sources.length, 'source')} (${story.sources.join(', ')}) · ${story.languages.join(', ')} · first seen `}
          <time datetime={isoTime(story.firstSeenAt)}>{formatTime(story.firstSeenAt, props.timeZone)}</time>
          {` · ${story.topics.map((t) => t.id).join(', ') || 'no topic'}`}
        </p>
      ) : null}
      {articles.length > 0 ? (
        <ul class="matches">
          {articles.map((a) => (
            <li>{`${a.source} (${a.language}): ${a.title}`}</li>
          ))}
        </ul>
      ) : null}
      {quotes.map((q) => (
        <blockquote>
          {q.quote.text}
          <footer>{`— ${q.quote.speaker ?? 'unattributed'}, ${q.source}`}</footer>
        </blockquote>
      ))}
    </li>
  );
}

export function SearchResults(props: { result: SearchResult; timeZone: string; form: SearchForm }) {
  const { result } = props;
  if (result.problem)
    return (
      <p class="notice error" role="alert">
        {result.problem}
      </p>
    );
  const heading =
    result.mode === 'recent'
      ? 'Stories of the last 7 days'
      : result.mode === 'day'
        ? `Stories first seen on ${props.form.day}${props.form.topic ? ` tagged ${props.form.topic}` : ''}`
        : `${plural(result.hits.length, 'result')}`;
  return (
    <section aria-labelledby="results-h">
      <h2 id="results-h">{heading}</h2>
      {result.hits.length === 0 ? (
        <p>Nothing matches; try fewer words or a wider date range.</p>
      ) : (
        <ol class="hits">
          {result.hits.map((hit) => (
            <HitView hit={hit} timeZone={props.timeZone} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ArticleView(props: { article: Article; timeZone: string }) {
  const { article } = props;
  const evidence = article.analysis.topics.flatMap((t) => t.evidence);
  const href = safeHref(article.url ?? article.canonicalUrl);
  const excerpt = article.body.length > 1500 ? `${article.body.slice(0, 1500)}…` : article.body;
  return (
    <article class="source" lang={article.language === 'und' ? undefined : article.language}>
      <h3>
        {href ? (
          <a href={href} {...OUTBOUND}>
            <Highlighted text={article.title} terms={evidence} />
          </a>
        ) : (
          <Highlighted text={article.title} terms={evidence} />
        )}
      </h3>
      <dl class="meta">
        <dt>Source</dt>
        <dd>{article.source}</dd>
        <dt>Language</dt>
        <dd>{article.language}</dd>
        <dt>Published</dt>
        <dd>
          <time datetime={isoTime(article.publishedAt)}>{formatTime(article.publishedAt, props.timeZone)}</time>
        </dd>
        <dt>First seen</dt>
        <dd>
          <time datetime={isoTime(article.firstSeenAt)}>{formatTime(article.firstSeenAt, props.timeZone)}</time>
        </dd>
        <dt>Topics</dt>
        <dd>
          {article.analysis.topics.length === 0
            ? 'none'
            : article.analysis.topics.map((t) => (
                <span class="topic">
                  {`${t.id} ${t.score}: `}
                  {t.evidence.map((e, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <mark>{e}</mark>
                    </>
                  ))}
                </span>
              ))}
        </dd>
      </dl>
      {article.analysis.summary ? (
        <p class="summary">
          <Highlighted text={article.analysis.summary} terms={evidence} />
        </p>
      ) : null}
      {[...article.analysis.quotes, ...article.analysis.statements].length > 0 ? (
        <ul class="quotes">
          {[...article.analysis.quotes, ...article.analysis.statements].map((q) => (
            <li>
              <blockquote>
                {q.text}
                <footer>{`— ${q.speaker ?? 'unattributed'}${q.kind === 'indirect' ? ' (reported speech)' : ''}`}</footer>
              </blockquote>
            </li>
          ))}
        </ul>
      ) : null}
      <details>
        <summary>Text with evidence words marked</summary>
        <p class="body">
          <Highlighted text={excerpt} terms={evidence} />
        </p>
      </details>
    </article>
  );
}

export function StoryPage(props: { story: Story; articles: Article[]; timeZone: string }) {
  const { story, articles } = props;
  return (
    <>
      <p class="sub">
        {`Story #${story.id} · ${plural(story.sources.length, 'source')} · languages ${story.languages.join(', ')} · first seen `}
        <time datetime={isoTime(story.firstSeenAt)}>{formatTime(story.firstSeenAt, props.timeZone)}</time>
        {' · updated '}
        <time datetime={isoTime(story.updatedAt)}>{formatTime(story.updatedAt, props.timeZone)}</time>
      </p>
      {story.summary ? <p class="summary">{story.summary}</p> : null}
      <section aria-labelledby="topics-h">
        <h2 id="topics-h">Topics</h2>
        <ul class="tags">
          {story.topics.map((t) => (
            <li>
              <a href={`/stories?topic=${encodeURIComponent(t.id)}`}>{t.id}</a>
              {` ${t.score} · `}
              {t.evidence.join(', ')}
            </li>
          ))}
        </ul>
      </section>
      {story.quotes.length > 0 ? (
        <section aria-labelledby="quotes-h">
          <h2 id="quotes-h">Quotes</h2>
          <ul class="quotes">
            {story.quotes.map((q) => (
              <li>
                <blockquote>
                  {q.text}
                  <footer>
                    {'— '}
                    {q.speaker ? <a href={`/stories?speaker=${encodeURIComponent(q.speaker)}`}>{q.speaker}</a> : 'unattributed'}
                  </footer>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">{`Sources (${articles.length})`}</h2>
        {articles.map((a) => (
          <ArticleView article={a} timeZone={props.timeZone} />
        ))}
      </section>
    </>
  );
}
