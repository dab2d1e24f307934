/**
 * Milliseconds to wait from a Retry-After header (RFC 9110 10.2.3): either delay-seconds or an HTTP
 * date, which is measured from `nowMs`. Null when absent or unreadable; never negative.
 */
export function retryAfterMs(value: string | null, nowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
