import { parse } from 'yaml';
import { z } from 'zod';
import { FeedSeedsError } from './errors';
import { FeedTitle, FeedUrl } from './feed-url';

/** A feed as configuration lists it. */
export interface FeedSeed {
  url: string;
  title?: string;
  paused?: boolean;
}

// FEEDS_FILE lists feeds as YAML or JSON (JSON is YAML 1.2, so one parser reads both): a list, or
// `feeds:` holding a list; each entry a URL or { url, title?, paused? }.
const SeedEntry = z.preprocess(
  (entry) => (typeof entry === 'string' ? { url: entry } : entry),
  z
    .object(
      {
        url: FeedUrl,
        title: FeedTitle.optional(),
        paused: z.boolean({ error: 'must be true or false' }).optional(),
      },
      {
        error: (issue) => (issue.code === 'invalid_type' ? 'must be a URL or { url, title?, paused? }' : undefined),
      },
    )
    .strict(),
);
const SeedFile = z.preprocess(
  (document) => (document && typeof document === 'object' && !Array.isArray(document) && 'feeds' in document ? document.feeds : document),
  z.array(SeedEntry, {
    error: 'must be a list of feeds, or feeds: followed by one',
  }),
);

/** The feeds a seeds file lists; throws FeedSeedsError naming every problem and where it is. */
export function parseFeedSeeds(text: string, fileName: string): FeedSeed[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new FeedSeedsError(`${fileName}: not YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (document === null || document === undefined) return [];
  const parsed = SeedFile.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`);
    throw new FeedSeedsError(`${fileName}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** FEEDS_FILE entries first, then FEED_URLS not already listed there. */
export function configuredFeeds(fromFile: FeedSeed[], feedUrls: string[]): FeedSeed[] {
  const listed = new Set(fromFile.map((feed) => feed.url));
  return [...fromFile, ...feedUrls.filter((url) => !listed.has(url)).map((url) => ({ url }))];
}
