export * from './address-policy';
export * from './article-text';
export * from './body-charset';
export * from './errors';
export * from './feed-seeds';
export * from './feed-url';
export * from './poll-delay';
export * from './retry-after';
