export * from './article-id';
export * from './canonical-url';
export * from './content-fingerprint';
export * from './errors';
export * from './feed-item';
export * from './redact-url';
export * from './clean-text';
