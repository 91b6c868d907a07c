import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv, parseConfig } from '../../src/config/index.js';
import { Metrics, startHttpServer, type HttpServer } from '../../src/http/index.js';
import { createContext, type CliContext } from '../../src/cli/context.js';
import { startWebDashboard } from '../../src/cli/web.js';

const TOKEN = 'http-test-admin-token-0123456789';

/** The dashboard on the one HTTP server, without a browser: what `run` mounts and when. */
describe('dashboard on the HTTP server', () => {
  let dir: string;
  let ctx: CliContext;
  let http: HttpServer | null = null;

  const start = async (web: Record<string, unknown>, token: string | null = TOKEN) => {
    dir = mkdtempSync(join(tmpdir(), 'nd-web-http-'));
    const config = parseConfig(JSON.stringify({ web }), 'test');
    ctx = createContext({ db: join(dir, 'w.db'), logLevel: 'silent' }, { config, env: { ...loadEnv({}), NEWS_DIGEST_ADMIN_TOKEN: token ?? undefined } });
    const fallback = await startWebDashboard(ctx);
    http = await startHttpServer({ port: 0, host: '127.0.0.1', metrics: new Metrics(), readiness: () => ({ ok: true, details: {} }), fallback });
    return http.url;
  };
  afterEach(async () => {
    await http?.close();
    http = null;
    await ctx?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A login form as a browser gets it: the page's token and its cookie. */
  const loginForm = async (url: string) => {
    const page = await fetch(`${url}/login`);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    return { cookie, csrf };
  };
  const postLogin = (url: string, form: { cookie: string; csrf: string }, token: string) =>
    fetch(`${url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: form.csrf, token }),
    });

  it('is off unless web.enabled is true: the server answers only its ops routes', async () => {
    const url = await start({ enabled: false });
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('refuses to start when enabled without NEWS_DIGEST_ADMIN_TOKEN', async () => {
    await expect(start({ enabled: true }, null)).rejects.toThrow(/NEWS_DIGEST_ADMIN_TOKEN is not set/);
  });

  it('serves the dashboard beside /healthz with a strict CSP, and logs in with the login form’s token', async () => {
    const url = await start({ enabled: true });
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const login = await fetch(`${url}/login`);
    expect(login.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(login.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(login.headers.get('x-frame-options')).toBe('DENY');
    const form = await loginForm(url);
    const ok = await postLogin(url, form, TOKEN);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('set-cookie')).toMatch(/nd_session=[^;]+; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict/);
    // Without the login page's cookie the same post is refused (login CSRF).
    expect((await postLogin(url, { cookie: '', csrf: form.csrf }, TOKEN)).status).toBe(403);
  });

  it('rate-limits failed logins per client: the sixth attempt waits', async () => {
    const url = await start({ enabled: true });
    const form = await loginForm(url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await postLogin(url, form, `wrong-token-${i}-0123456789abcdef`)).status);
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429]);
    const blocked = await postLogin(url, form, TOKEN);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses an oversized form before reading it', async () => {
    const url = await start({ enabled: true });
    const form = await loginForm(url);
    const big = await fetch(`${url}/login`, {
      method: 'POST',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${form.csrf}&token=${'a'.repeat(64 * 1024)}`,
    });
    expect(big.status).toBe(413);
  });
});
