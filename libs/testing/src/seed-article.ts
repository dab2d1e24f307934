import type { RawArticleV1 } from '@cw/contracts';
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared-dir';

/** shared/seeds/000_5d8a1befe3af6c37.txt as the fetcher publishes it (the repo is cloned beside shared/). */
export const seedRawArticle = (): RawArticleV1 => ({
  schema: 'raw-article@1',
  articleId: 'a'.repeat(32),
  url: 'https://wire.example/syria-clashes',
  title: 'Clashes in northwest Syria kill 70 combatants: monitor',
  text: readFileSync(sharedPath('seeds', '000_5d8a1befe3af6c37.txt'), 'utf8'),
  publishedAt: '2019-08-10T15:00:00Z',
  outlet: 'Sample wire',
  language: 'en',
  feedUrl: null,
  fetchedAt: '2019-08-10T15:01:00Z',
});
