// Wait computation and settings merge, checked without any waiting.
import { retryDelay, retryPlan } from '../../templates/runtime/retry.js';

describe('retryPlan', () => {
  it('defaults to 3 retries, 3 s base, 180 s cap', () => {
    expect(retryPlan(undefined, undefined)).toEqual({ max: 3, base: 3000, cap: 180_000 });
  });

  it('clamps maxRetries to 0..10 and maxDelayMs to 180 s', () => {
    expect(retryPlan({ maxRetries: 50, maxDelayMs: 10_000_000 }, undefined)).toEqual({
      max: 10,
      base: 3000,
      cap: 180_000,
    });
    expect(retryPlan({ maxRetries: -1 }, undefined).max).toBe(0);
    expect(retryPlan({ maxRetries: NaN }, undefined).max).toBe(0);
  });

  it('merges call settings over client settings; false turns retries off', () => {
    expect(retryPlan({ maxRetries: 5, baseDelayMs: 10 }, { baseDelayMs: 20 })).toEqual({
      max: 5,
      base: 20,
      cap: 180_000,
    });
    expect(retryPlan({ maxRetries: 5 }, false).max).toBe(0);
    expect(retryPlan(false, undefined).max).toBe(0);
    expect(retryPlan(false, { maxRetries: 2 }).max).toBe(2);
  });
});

describe('retryDelay', () => {
  const plan = { max: 3, base: 1000, cap: 180_000 };
  afterEach(() => jest.restoreAllMocks());

  it('honours Retry-After in seconds, fractions included', () => {
    expect(retryDelay(plan, 1, '2.128')).toBe(2128);
    expect(retryDelay(plan, 3, '0')).toBe(0);
    expect(retryDelay(plan, 1, ' 7 ')).toBe(7000);
  });

  it('honours Retry-After as an HTTP date', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('Wed, 25 Nov 2026 10:00:00 GMT'));
    expect(retryDelay(plan, 1, 'Wed, 25 Nov 2026 10:00:05 GMT')).toBe(5000);
    expect(retryDelay(plan, 1, 'Wed, 25 Nov 2026 09:00:00 GMT')).toBe(0);
  });

  it('caps one wait at the plan cap', () => {
    expect(retryDelay({ ...plan, cap: 500 }, 1, '3600')).toBe(500);
    expect(retryDelay({ ...plan, cap: 500 }, 9, undefined)).toBe(500);
  });

  it('without (or with an unreadable) Retry-After, backs off exponentially with jitter', () => {
    jest.spyOn(Math, 'random').mockReturnValue(1);
    expect([1, 2, 3].map((n) => retryDelay(plan, n, undefined))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(plan, 2, 'soon')).toBe(2000);
    jest.spyOn(Math, 'random').mockReturnValue(0);
    expect(retryDelay(plan, 3, undefined)).toBe(2000);
  });
});
