export * from './asyncapi-document';
export * from './primitives';
export * from './topic-catalog';
export * from './topics/conflict-event.v1';
export * from './topics/dead-letter.v1';
export * from './topics/raw-article.v1';
export * from './topics/totals-update.v1';
