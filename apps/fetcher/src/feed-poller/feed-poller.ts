import { cleanText, contentFingerprint, redactUrl, type NormalizedFeedItem } from '@cw/articles';
import { RawArticleV1 } from '@cw/contracts';
import { extractArticleText } from '@cw/feeds';
import type { StructuredLog } from '@cw/kafka';
import type { SeenArticles } from '../seen-articles';
import { readFeed } from '../web/feed-reader';
import type { GuardedHttpClient } from '../web/guarded-http-client';
import type { HostLimit } from './host-limit';

/** What the poller needs of a feed: where it is and the validators of its last full read. */
export interface FeedToPoll {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export interface FeedPollResult {
  /** Redacted: safe to log. */
  feedUrl: string;
  notModified: boolean;
  /** Validators to send next time (null on a 304: keep the ones sent). */
  etag: string | null;
  lastModified: string | null;
  items: number;
  /** Items whose article id the fetcher had not seen. */
  newItems: number;
  newArticles: number;
  duplicateStories: number;
  /** Items left for a later poll: over the per-poll cap (the newest are taken first). */
  deferredItems: number;
  /** Items that can never be published (over the article size bound, say), each with its reason. */
  skippedItems: number;
}

export interface FeedPollerDeps {
  http: Pick<GuardedHttpClient, 'get'>;
  /** Per-host politeness: HostSlots (across fetchers) in the service, a HostLimit in specs. */
  hosts: Pick<HostLimit, 'run'>;
  seen: SeenArticles;
  publish: (article: RawArticleV1) => Promise<void>;
  fetchArticlePages: boolean;
  /** Most new items published per poll; the rest wait for the next one (a 60,000-item feed is no amplifier). */
  maxItemsPerPoll?: number;
  log: StructuredLog;
  now?: () => Date;
}

const TITLE_MAX = 2_000;
const OUTLET_MAX = 200;

// Items with no date sort last: a feed lists its newest first, and a poll over the cap takes those.
const newestFirst = (items: NormalizedFeedItem[]): NormalizedFeedItem[] =>
  items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (b.item.publishedAt ?? '').localeCompare(a.item.publishedAt ?? '') || a.index - b.index)
    .map(({ item }) => item);

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

type ItemOutcome = 'published' | 'same-story' | 'already-published' | 'skipped';

/**
 * Polls one feed and publishes each story it has not published before. An article is remembered
 * only after Kafka acknowledged it: a crash in between publishes it again, and the deterministic
 * ids downstream make that second copy change nothing.
 */
export class FeedPoller {
  private readonly now: () => Date;
  // Deciding "new story?" and publishing it is one step across all feeds: two feeds carrying one wire
  // story, polled at the same moment, must not both find it new. Page fetches stay outside. In this
  // process the decisions queue here; across fetchers, SeenArticles.decideAlone takes a lock, so that
  // at most one connection of this process ever waits on it.
  private storyDecisions: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: FeedPollerDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async poll(feed: FeedToPoll): Promise<FeedPollResult> {
    const started = Date.now();
    const feedUrl = redactUrl(feed.url);
    const response = await this.deps.hosts.run(feed.url, () =>
      this.deps.http.get(feed.url, {
        etag: feed.etag,
        lastModified: feed.lastModified,
        accept: FEED_ACCEPT,
      }),
    );
    const result: FeedPollResult = {
      feedUrl,
      notModified: response.notModified,
      etag: response.notModified ? null : response.etag,
      lastModified: response.notModified ? null : response.lastModified,
      items: 0,
      newItems: 0,
      newArticles: 0,
      duplicateStories: 0,
      deferredItems: 0,
      skippedItems: 0,
    };
    if (!response.notModified) {
      const parsed = await readFeed(response.body, feed.url);
      result.items = parsed.items.length;
      const unseen = await this.deps.seen.unseen(parsed.items.map((item) => item.articleId));
      // A feed may list one article twice; the first copy decides.
      const fresh = newestFirst(parsed.items.filter((item) => unseen.delete(item.articleId)));
      const limit = this.deps.maxItemsPerPoll ?? Infinity;
      result.newItems = fresh.length;
      result.deferredItems = Math.max(0, fresh.length - limit);
      for (const item of fresh.slice(0, limit)) {
        const outcome = await this.publishItem(feedUrl, item);
        if (outcome === 'published') result.newArticles++;
        else if (outcome === 'skipped') result.skippedItems++;
        else result.duplicateStories++;
      }
      // Validators would make the next poll a 304 and the deferred items would never be read.
      if (result.deferredItems > 0) result.etag = result.lastModified = null;
    }
    // The caller stores the validators only after this returns, that is once every new item went
    // out: a failure mid-feed re-reads it whole.
    this.deps.log.info({ ...result, durationMs: Date.now() - started }, 'feed polled');
    return result;
  }

  private async publishItem(feedUrl: string, item: NormalizedFeedItem): Promise<ItemOutcome> {
    const text = cleanText(await this.articleText(item));
    const title = cleanText(item.title).slice(0, TITLE_MAX);
    const fingerprint = contentFingerprint(title, text);
    const memory = {
      articleId: item.articleId,
      canonicalUrl: item.url,
      fingerprint,
      feedUrl,
      publishedAt: item.publishedAt,
    };
    return this.decideStory(async (seen) => {
      if ((await seen.unseen([item.articleId])).size === 0) return 'already-published';
      if (await seen.hasSameStory(fingerprint)) {
        // The same wire story carried by another feed: remembered, not published again.
        await seen.remember(memory);
        return 'same-story';
      }
      const fetchedAt = this.now().toISOString();
      const article = RawArticleV1.safeParse({
        schema: 'raw-article@1',
        articleId: item.articleId,
        url: item.url ?? item.link ?? feedUrl,
        title,
        text,
        publishedAt: item.publishedAt ?? fetchedAt,
        outlet: cleanText(item.outlet).slice(0, OUTLET_MAX) || 'unknown',
        language: item.language,
        feedUrl,
        fetchedAt,
      });
      if (!article.success) {
        // One item the contract refuses (500,000+ characters of text, say) is skipped and remembered, so
        // it neither fails every poll of its feed nor is fetched again; the items after it go out.
        const reason = article.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
        this.deps.log.warn({ feedUrl, articleId: item.articleId, reason: reason.slice(0, 500), textLength: text.length }, 'feed item skipped');
        await seen.remember(memory);
        return 'skipped';
      }
      await this.deps.publish(article.data);
      await seen.remember(memory);
      return 'published';
    });
  }

  private decideStory(decide: (seen: SeenArticles) => Promise<ItemOutcome>): Promise<ItemOutcome> {
    const decision = this.storyDecisions.then(() => this.deps.seen.decideAlone(decide));
    this.storyDecisions = decision.catch(() => undefined);
    return decision;
  }

  private async articleText(item: NormalizedFeedItem): Promise<string> {
    const fallback = (item.contentHtml && extractArticleText(item.contentHtml, item.url ?? '')?.text) || item.summary || item.title;
    // item.url is the canonical identity (no www., no AMP path) and may not resolve: fetch the link as given.
    const link = item.link ?? item.url;
    if (!this.deps.fetchArticlePages || !link) return fallback;
    try {
      const page = await this.deps.hosts.run(link, () => this.deps.http.get(link, { accept: 'text/html' }));
      return extractArticleText(page.body, page.finalUrl)?.text || fallback;
    } catch (error) {
      this.deps.log.warn(
        {
          articleId: item.articleId,
          error: redactUrl((error as Error).message),
        },
        'article page unavailable, using feed text',
      );
      return fallback;
    }
  }
}
