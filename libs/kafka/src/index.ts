export * from './dead-letter';
export * from './kafka-client';
export * from './message-decoder';
export * from './message-publisher';
export * from './structured-log';
export * from './topic-setup';
export * from './validated-consumer';
export * from './dead-letter-replay';
