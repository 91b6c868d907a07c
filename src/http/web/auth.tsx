import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context, Hono } from 'hono';
import type { WebDeps } from './deps.js';
import type { WebEnv } from './env.js';
import { LoginPage } from './pages/login.js';
import { LoginLimiter, randomToken, secretsEqual, type SessionStore } from './security.js';

export const SESSION_COOKIE = 'nd_session';
const LOGIN_COOKIE = 'nd_login';

/**
 * Login (admin token → session cookie, rate-limited, with its own CSRF token
 * bound to a cookie), logout, and the gate every later route sits behind:
 * no session → the login page; a POST without the session's CSRF token → 403.
 */
export function mountAuth(app: Hono<WebEnv>, deps: WebDeps, sessions: SessionStore): void {
  const limiter = new LoginLimiter({ maxFailures: 5, windowMs: 15 * 60_000, maxGlobalFailures: 50 });
  const secure = deps.web.secureCookie;

  app.get('/favicon.ico', (c) => c.body(null, 204, { 'cache-control': 'public, max-age=86400' }));

  const loginPage = (c: Context<WebEnv>, problem: string | null, status: 200 | 400 | 403 | 429 = 200) => {
    // Reuse the browser's login token: another tab (or a favicon request) must not invalidate an open form.
    const existing = getCookie(c, LOGIN_COOKIE);
    const token = existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : randomToken();
    setCookie(c, LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure, path: '/login', maxAge: 3600 });
    return c.html(`<!doctype html>${(<LoginPage token={token} problem={problem} />).toString()}`, status);
  };
  app.get('/login', (c) => (sessions.get(getCookie(c, SESSION_COOKIE)) ? c.redirect('/', 303) : loginPage(c, null)));
  app.post('/login', async (c) => {
    const client = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
    const wait = limiter.retryAfterSeconds(client);
    if (wait > 0) {
      c.header('retry-after', String(wait));
      return loginPage(c, `Too many failed attempts; try again in ${Math.ceil(wait / 60)} minutes.`, 429);
    }
    const form = await c.req.parseBody();
    const formToken = typeof form._csrf === 'string' ? form._csrf : '';
    const cookieToken = getCookie(c, LOGIN_COOKIE) ?? '';
    if (cookieToken === '' || !secretsEqual(formToken, cookieToken)) return loginPage(c, 'The login form expired; please try again.', 403);
    const token = typeof form.token === 'string' ? form.token : '';
    if (!secretsEqual(token, deps.adminToken)) {
      limiter.fail(client);
      deps.logger.warn({ client }, 'dashboard login failed');
      return loginPage(c, 'That token is not right.', 403);
    }
    limiter.succeed(client);
    const session = sessions.create();
    deleteCookie(c, LOGIN_COOKIE, { path: '/login', secure });
    setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: deps.web.sessionHours * 3600 });
    deps.logger.info({ client }, 'dashboard login');
    return c.redirect('/', 303);
  });

  // Everything below needs a session; a POST also needs the session's CSRF token.
  app.use('*', async (c, next) => {
    const session = sessions.get(getCookie(c, SESSION_COOKIE));
    if (!session) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect('/login', 303);
      return c.text('Log in first: this action needs a session.', 403);
    }
    c.set('session', session);
    if (c.req.method === 'POST') {
      const form = await c.req.parseBody();
      const token = typeof form._csrf === 'string' ? form._csrf : '';
      if (!secretsEqual(token, session.csrf))
        return c.text('This form is not from this session (missing or wrong CSRF token); reload the page and try again.', 403);
    }
    await next();
  });

  app.post('/logout', (c) => {
    sessions.destroy(c.get('session').id);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
    return c.redirect('/login', 303);
  });
}
