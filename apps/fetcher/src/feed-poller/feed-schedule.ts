import type { StructuredLog } from '@cw/kafka';
import type { FeedPoller } from './feed-poller';

export interface FeedScheduleOptions {
  intervalMs: number;
  /** Most a failing feed waits before its next try. */
  maxBackoffMs?: number;
  random?: () => number;
}

/**
 * Polls every feed on its own timer, spread by jitter so two hundred feeds never fire at once.
 * A failing feed backs off exponentially and never delays the others.
 */
export class FeedSchedule {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly failures = new Map<string, number>();
  private readonly running = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly poller: FeedPoller,
    private readonly log: StructuredLog,
    private readonly options: FeedScheduleOptions,
  ) {}

  start(feedUrls: string[]): void {
    if (feedUrls.length === 0) this.log.warn({}, 'no feeds configured (FEED_URLS is empty)');
    for (const feedUrl of feedUrls) this.schedule(feedUrl, 0);
  }

  /** No new polls; the polls under way finish, so nothing half-published is left behind. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }

  private schedule(feedUrl: string, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      const poll = this.pollOnce(feedUrl);
      this.running.add(poll);
      void poll.finally(() => this.running.delete(poll));
    }, delayMs);
    this.timers.set(feedUrl, timer);
  }

  private async pollOnce(feedUrl: string): Promise<void> {
    const { intervalMs, maxBackoffMs = 3_600_000, random = Math.random } = this.options;
    let delay: number;
    try {
      await this.poller.poll(feedUrl);
      this.failures.delete(feedUrl);
      delay = intervalMs * (0.9 + 0.2 * random());
    } catch (error) {
      const failures = (this.failures.get(feedUrl) ?? 0) + 1;
      this.failures.set(feedUrl, failures);
      const retryAfter = (error as { retryAfterMs?: number | null }).retryAfterMs ?? 0;
      delay = Math.max(retryAfter, Math.min(maxBackoffMs, intervalMs * 2 ** (failures - 1)) * (0.9 + 0.2 * random()));
      const { code, message } = error as { code?: string; message: string };
      this.log.warn({ feedUrl, failures, code, error: message, nextPollMs: Math.round(delay) }, 'feed poll failed');
    }
    this.schedule(feedUrl, delay);
  }
}
