import { FeedSeedsError, parseFeedSeeds, type FeedSeed } from '@cw/feeds';
import { readFile } from 'node:fs/promises';

/** The feeds FEEDS_FILE lists; throws FeedSeedsError when it cannot be read or is not a list of feeds. */
export async function readFeedSeeds(path: string): Promise<FeedSeed[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new FeedSeedsError(`FEEDS_FILE ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseFeedSeeds(text, path);
}
