import { contentFingerprint, redactUrl, type NormalizedFeedItem } from '@cw/articles';
import type { RawArticleV1 } from '@cw/contracts';
import type { StructuredLog } from '@cw/kafka';
import type { SeenArticles } from '../seen-articles';
import { extractArticleText } from '../web/article-text';
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
}

export interface FeedPollerDeps {
  http: Pick<GuardedHttpClient, 'get'>;
  hosts: HostLimit;
  seen: SeenArticles;
  publish: (article: RawArticleV1) => Promise<void>;
  fetchArticlePages: boolean;
  log: StructuredLog;
  now?: () => Date;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

type ItemOutcome = 'published' | 'same-story' | 'already-published';

/**
 * Polls one feed and publishes each story it has not published before. An article is remembered
 * only after Kafka acknowledged it: a crash in between publishes it again, and the deterministic
 * ids downstream make that second copy change nothing.
 */
export class FeedPoller {
  private readonly now: () => Date;
  // Deciding "new story?" and publishing it is one step across all feeds: two feeds carrying one wire
  // story, polled at the same moment, must not both find it new. Page fetches stay outside.
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
    };
    if (!response.notModified) {
      const parsed = await readFeed(response.body, feed.url);
      result.items = parsed.items.length;
      const unseen = await this.deps.seen.unseen(parsed.items.map((item) => item.articleId));
      // A feed may list one article twice; the first copy decides.
      const fresh = parsed.items.filter((item) => unseen.delete(item.articleId));
      result.newItems = fresh.length;
      for (const item of fresh) {
        const outcome = await this.publishItem(feedUrl, item);
        if (outcome === 'published') result.newArticles++;
        else result.duplicateStories++;
      }
    }
    // The caller stores the validators only after this returns, that is once every new item went
    // out: a failure mid-feed re-reads it whole.
    this.deps.log.info({ ...result, durationMs: Date.now() - started }, 'feed polled');
    return result;
  }

  private async publishItem(feedUrl: string, item: NormalizedFeedItem): Promise<ItemOutcome> {
    const text = await this.articleText(item);
    const fingerprint = contentFingerprint(item.title, text);
    const memory = {
      articleId: item.articleId,
      canonicalUrl: item.url,
      fingerprint,
      feedUrl,
      publishedAt: item.publishedAt,
    };
    return this.decideStory(async () => {
      if ((await this.deps.seen.unseen([item.articleId])).size === 0) return 'already-published';
      if (await this.deps.seen.hasSameStory(fingerprint)) {
        // The same wire story carried by another feed: remembered, not published again.
        await this.deps.seen.remember(memory);
        return 'same-story';
      }
      const fetchedAt = this.now().toISOString();
      await this.deps.publish({
        schema: 'raw-article@1',
        articleId: item.articleId,
        url: item.url ?? item.link ?? feedUrl,
        title: item.title,
        text,
        publishedAt: item.publishedAt ?? fetchedAt,
        outlet: item.outlet,
        language: item.language,
        feedUrl,
        fetchedAt,
      });
      await this.deps.seen.remember(memory);
      return 'published';
    });
  }

  private decideStory(decide: () => Promise<ItemOutcome>): Promise<ItemOutcome> {
    const decision = this.storyDecisions.then(decide);
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
