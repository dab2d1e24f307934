import { articleId } from './article-id';
import { canonicalUrl } from './canonical-url';
import { ArticlesError } from './errors';

/** One item as rss-parser reads it (RSS `guid`, Atom `id`: the caller passes either as `guid`). */
export interface RawFeedItem {
  title?: string;
  link?: string;
  guid?: string;
  isoDate?: string;
  pubDate?: string;
  content?: string;
  contentSnippet?: string;
  summary?: string;
  creator?: string;
}

export interface FeedSource {
  url: string;
  title?: string;
  language?: string;
}

export interface NormalizedFeedItem {
  articleId: string;
  /** Canonical URL: the identity of the article. Null for guid-only items. */
  url: string | null;
  /** The link as the feed gave it: the address to fetch the page from. Null for guid-only items. */
  link: string | null;
  guid: string | null;
  title: string;
  /** ISO 8601 in UTC; null when the feed gives no readable date (the caller decides what to use). */
  publishedAt: string | null;
  /** The feed's title, or its host without www. when the feed has none. */
  outlet: string;
  /** Primary language subtag in lower case ("en" for "en-US"), or null. */
  language: string | null;
  /** Plain-text summary from the feed (rss-parser's snippet), empty when none. */
  summary: string;
  /** The feed's HTML content, if it carries any. */
  contentHtml: string | null;
  author: string | null;
}

export type FeedItemReading = { ok: true; item: NormalizedFeedItem } | { ok: false; reason: string };

export function normalizeFeedItem(raw: RawFeedItem, feed: FeedSource): FeedItemReading {
  const title = plainText(raw.title);
  if (!title) return { ok: false, reason: 'item has no title' };

  const guid = raw.guid?.trim() || null;
  const identity = itemIdentity(raw.link, guid, feed.url);
  if (!identity) return { ok: false, reason: 'item has neither an http(s) link nor a guid' };

  return {
    ok: true,
    item: {
      articleId: articleId(identity.key),
      url: identity.url,
      link: identity.link,
      guid,
      title,
      publishedAt: isoInstant(raw.isoDate) ?? isoInstant(raw.pubDate),
      outlet: outletName(feed),
      language: primaryLanguage(feed.language),
      summary: plainText(raw.contentSnippet ?? raw.summary),
      contentHtml: raw.content?.trim() || null,
      author: plainText(raw.creator) || null,
    },
  };
}

function itemIdentity(
  link: string | undefined,
  guid: string | null,
  feedUrl: string,
): { key: string; url: string | null; link: string | null } | null {
  // A permalink guid (the RSS default) stands in for a missing or broken link.
  for (const candidate of [link, guid]) {
    const url = tryCanonicalUrl(candidate);
    if (url && candidate) return { key: url, url, link: candidate.trim() };
  }
  if (!guid) return null;
  // Many feeds use bare numbers as guids ("12345"): scoped to the feed so two feeds cannot collide.
  return { key: `guid:${tryCanonicalUrl(feedUrl) ?? feedUrl}#${guid}`, url: null, link: null };
}

function tryCanonicalUrl(candidate: string | undefined | null): string | null {
  if (!candidate?.trim()) return null;
  try {
    return canonicalUrl(candidate);
  } catch (error) {
    if (error instanceof ArticlesError) return null;
    throw error;
  }
}

function isoInstant(text: string | undefined): string | null {
  if (!text?.trim()) return null;
  const millis = Date.parse(text.trim());
  return Number.isNaN(millis) ? null : new Date(millis).toISOString();
}

function outletName(feed: FeedSource): string {
  const title = plainText(feed.title);
  if (title) return title;
  try {
    return new URL(feed.url).hostname.replace(/^www\./, '');
  } catch {
    return feed.url;
  }
}

function primaryLanguage(language: string | undefined): string | null {
  const primary = language?.trim().split(/[-_]/)[0].toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

// Titles sometimes carry markup (<b>, &amp; already decoded by the parser) and line breaks.
function plainText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
