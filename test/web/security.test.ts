import { describe, expect, it } from 'vitest';
import { LoginLimiter, secretsEqual, SessionStore } from '../../src/http/web/security.js';

describe('dashboard security primitives', () => {
  it('compares secrets exactly, whatever their lengths', () => {
    expect(secretsEqual('correct-horse-battery-staple', 'correct-horse-battery-staple')).toBe(true);
    expect(secretsEqual('correct-horse-battery-stapl', 'correct-horse-battery-staple')).toBe(false);
    expect(secretsEqual('', 'x')).toBe(false);
    expect(secretsEqual('correct-horse-battery-staplE', 'correct-horse-battery-staple')).toBe(false);
  });

  it('ends a session after its lifetime or when idle, and forgets the oldest beyond the cap', () => {
    let now = 0;
    const sessions = new SessionStore({ ttlMs: 1000, idleMs: 300, maxSessions: 2, now: () => now });
    const a = sessions.create();
    expect(a.csrf).not.toBe(a.id);
    now = 200;
    expect(sessions.get(a.id)?.id).toBe(a.id);
    now = 450;
    expect(sessions.get(a.id)?.id).toBe(a.id);
    now = 800;
    expect(sessions.get(a.id)).toBeNull();
    const b = sessions.create();
    now = 1000;
    expect(sessions.get(b.id)).not.toBeNull();
    now = 1250;
    expect(sessions.get(b.id)).not.toBeNull();
    now = 1850;
    expect(sessions.get(b.id)).toBeNull(); // idle for 600 ms
    const c = sessions.create();
    sessions.create();
    sessions.create();
    expect(sessions.get(c.id)).toBeNull();
    expect(sessions.get(undefined)).toBeNull();
  });

  it('blocks a client after five failed logins for the rest of the window; a success clears it', () => {
    let now = 0;
    const limiter = new LoginLimiter({ maxFailures: 5, windowMs: 60_000, maxGlobalFailures: 100, now: () => now });
    for (let i = 0; i < 4; i += 1) limiter.fail('1.2.3.4');
    expect(limiter.retryAfterSeconds('1.2.3.4')).toBe(0);
    limiter.fail('1.2.3.4');
    expect(limiter.retryAfterSeconds('1.2.3.4')).toBe(60);
    expect(limiter.retryAfterSeconds('5.6.7.8')).toBe(0);
    now = 59_000;
    expect(limiter.retryAfterSeconds('1.2.3.4')).toBe(1);
    now = 60_000;
    expect(limiter.retryAfterSeconds('1.2.3.4')).toBe(0);
    limiter.fail('5.6.7.8');
    limiter.succeed('5.6.7.8');
    expect(limiter.retryAfterSeconds('5.6.7.8')).toBe(0);
  });

  it('blocks everyone when failures from many addresses pass the global cap', () => {
    const limiter = new LoginLimiter({ maxFailures: 5, windowMs: 60_000, maxGlobalFailures: 10, now: () => 0 });
    for (let i = 0; i < 10; i += 1) limiter.fail(`10.0.0.${i}`);
    expect(limiter.retryAfterSeconds('192.0.2.1')).toBeGreaterThan(0);
  });
});
