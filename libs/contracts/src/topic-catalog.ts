import type { z } from 'zod';
import { CONFLICT_EVENTS_V1, ConflictEventV1 } from './topics/conflict-event.v1';
import { DEAD_LETTERS_V1, DeadLetterV1 } from './topics/dead-letter.v1';
import { RAW_ARTICLES_V1, RawArticleV1 } from './topics/raw-article.v1';
import { TOTALS_UPDATES_V1, TotalsUpdateV1 } from './topics/totals-update.v1';

export interface TopicContract<S extends z.ZodType = z.ZodType> {
  topic: string;
  schema: S;
  key: string;
  producer: string;
  consumers: string[];
}

// Every topic the project owns; tools (topic creation, docs, AsyncAPI) read this list.
export const TOPIC_CATALOG: TopicContract[] = [
  { topic: RAW_ARTICLES_V1, schema: RawArticleV1, key: 'articleId', producer: 'fetcher', consumers: ['extractor'] },
  { topic: CONFLICT_EVENTS_V1, schema: ConflictEventV1, key: 'country', producer: 'extractor', consumers: ['aggregator'] },
  { topic: TOTALS_UPDATES_V1, schema: TotalsUpdateV1, key: 'country', producer: 'aggregator', consumers: ['downstream'] },
  { topic: DEAD_LETTERS_V1, schema: DeadLetterV1, key: 'original topic', producer: 'every consumer', consumers: ['operators'] },
];

/** The topic names of one deployment: the contract's name behind the deployment's prefix. */
export const deploymentTopics = (prefix: string) => ({
  rawArticles: `${prefix}${RAW_ARTICLES_V1}`,
  conflictEvents: `${prefix}${CONFLICT_EVENTS_V1}`,
  totalsUpdates: `${prefix}${TOTALS_UPDATES_V1}`,
  deadLetters: `${prefix}${DEAD_LETTERS_V1}`,
});
export type DeploymentTopics = ReturnType<typeof deploymentTopics>;
