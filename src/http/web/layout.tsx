import type { Child } from 'hono/jsx';

export interface PageProps {
  title: string;
  /** The nav entry to mark as current. */
  current?: 'overview' | 'preview' | 'stories' | 'trends' | null;
  /** Present when logged in: the logout form needs it. */
  csrf?: string | null;
  children?: Child;
}

const NAV: { id: NonNullable<PageProps['current']>; href: string; label: string }[] = [
  { id: 'overview', href: '/', label: 'Overview' },
  { id: 'preview', href: '/preview', label: 'Digest preview' },
  { id: 'stories', href: '/stories', label: 'Stories' },
  { id: 'trends', href: '/trends', label: 'Trends' },
];

/** The page shell: no script anywhere, one stylesheet from the package, a skip link and landmarks. */
export function Page(props: PageProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} · news-digest`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <span class="brand">news-digest</span>
          {props.csrf ? (
            <nav aria-label="Main">
              <ul>
                {NAV.map((item) => (
                  <li>
                    <a href={item.href} aria-current={props.current === item.id ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {props.csrf ? (
            <form method="post" action="/logout" class="logout">
              <input type="hidden" name="_csrf" value={props.csrf} />
              <button type="submit">Log out</button>
            </form>
          ) : null}
        </header>
        <main id="main">
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}

/** A form that posts one action with the session's CSRF token. */
export function ActionForm(props: { action: string; csrf: string; label: string; fields?: Record<string, string>; kind?: 'primary' | 'danger' }) {
  return (
    <form method="post" action={props.action} class="inline">
      <input type="hidden" name="_csrf" value={props.csrf} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={props.kind ?? undefined}>
        {props.label}
      </button>
    </form>
  );
}

export function Notice(props: { kind: 'ok' | 'error' | 'info'; children?: Child }) {
  return (
    <p class={`notice ${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </p>
  );
}
