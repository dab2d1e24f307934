export * from './conflict-event-of';
export * from './domain-figure-of';
