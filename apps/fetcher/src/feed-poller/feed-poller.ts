import { contentFingerprint, type NormalizedFeedItem } from '@cw/articles';
import type { RawArticleV1 } from '@cw/contracts';
import type { StructuredLog } from '@cw/kafka';
import type { SeenArticles } from '../seen-articles';
import { extractArticleText } from '../web/article-text';
import { readFeed } from '../web/feed-reader';
import type { GuardedHttpClient } from '../web/guarded-http-client';

export interface FeedPollResult {
  feedUrl: string;
  notModified: boolean;
  items: number;
  newArticles: number;
  duplicateStories: number;
}

export interface FeedPollerDeps {
  http: GuardedHttpClient;
  seen: SeenArticles;
  publish: (article: RawArticleV1) => Promise<void>;
  fetchArticlePages: boolean;
  log: StructuredLog;
  now?: () => Date;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

/**
 * Polls one feed and publishes each story it has not published before. An article is remembered
 * only after Kafka acknowledged it: a crash in between publishes it again, and the deterministic
 * ids downstream make that second copy change nothing.
 */
export class FeedPoller {
  private readonly validators = new Map<string, { etag: string | null; lastModified: string | null }>();
  private readonly now: () => Date;

  constructor(private readonly deps: FeedPollerDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async poll(feedUrl: string): Promise<FeedPollResult> {
    const started = Date.now();
    const cached = this.validators.get(feedUrl) ?? { etag: null, lastModified: null };
    const response = await this.deps.http.get(feedUrl, { ...cached, accept: FEED_ACCEPT });
    const result: FeedPollResult = { feedUrl, notModified: response.notModified, items: 0, newArticles: 0, duplicateStories: 0 };
    if (response.notModified) return result;

    const feed = await readFeed(response.body, feedUrl);
    result.items = feed.items.length;
    const unseen = await this.deps.seen.unseen(feed.items.map((item) => item.articleId));
    for (const item of feed.items.filter((candidate) => unseen.has(candidate.articleId))) {
      const published = await this.publishItem(feedUrl, item);
      if (published) result.newArticles++;
      else result.duplicateStories++;
    }
    // Validators are kept only once every new item went out: a failure mid-feed re-reads it whole.
    this.validators.set(feedUrl, { etag: response.etag, lastModified: response.lastModified });
    this.deps.log.info({ ...result, durationMs: Date.now() - started }, 'feed polled');
    return result;
  }

  private async publishItem(feedUrl: string, item: NormalizedFeedItem): Promise<boolean> {
    const text = await this.articleText(item);
    const fingerprint = contentFingerprint(item.title, text);
    const memory = { articleId: item.articleId, canonicalUrl: item.url, fingerprint, feedUrl, publishedAt: item.publishedAt };
    if (await this.deps.seen.hasFingerprint(fingerprint)) {
      // The same wire story carried by another feed: remembered, not published again.
      await this.deps.seen.remember(memory);
      return false;
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
    return true;
  }

  private async articleText(item: NormalizedFeedItem): Promise<string> {
    const fallback = (item.contentHtml && extractArticleText(item.contentHtml, item.url ?? '')?.text) || item.summary || item.title;
    // item.url is the canonical identity (no www., no AMP path) and may not resolve: fetch the link as given.
    const link = item.link ?? item.url;
    if (!this.deps.fetchArticlePages || !link) return fallback;
    try {
      const page = await this.deps.http.get(link, { accept: 'text/html' });
      return extractArticleText(page.body, page.finalUrl)?.text || fallback;
    } catch (error) {
      this.deps.log.warn({ articleId: item.articleId, error: (error as Error).message }, 'article page unavailable, using feed text');
      return fallback;
    }
  }
}
