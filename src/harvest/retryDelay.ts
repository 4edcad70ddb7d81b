/**
 * How long to wait before attempt `attempt + 1`: what `Retry-After` asks for (RFC 9110 §10.2.3: a number of
 * seconds or an HTTP-date), else exponential backoff from 500 ms, capped at 10 s, with "equal jitter" (half
 * fixed, half random) so that many clients do not retry in step. Pure given `random` and `now`.
 */
export function retryDelay(attempt: number, retryAfter: string | null, random: () => number, now: number = Date.now()): number {
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const value = retryAfter.trim();
    if (/^\d+$/.test(value)) return Number(value) * 1000;
    const date = Date.parse(value);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const backoff = Math.min(500 * 2 ** (attempt - 1), 10_000);
  return backoff / 2 + (backoff / 2) * random();
}
