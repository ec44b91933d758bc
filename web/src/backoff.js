// @ts-check
// Reconnect delays: exponential from 250 ms doubling up to 10 s, with +-50 % jitter.

export const BACKOFF_BASE_MS = 250;
export const BACKOFF_MAX_MS = 10_000;

/** Delay before reconnect attempt number `attempt` (0 for the first retry). */
export function backoffDelay(attempt, { base = BACKOFF_BASE_MS, max = BACKOFF_MAX_MS, jitter = 0.5, random = Math.random } = {}) {
  const exp = Math.min(max, base * 2 ** Math.min(Math.max(0, attempt), 30));
  return Math.round(exp * (1 - jitter + 2 * jitter * random()));
}
