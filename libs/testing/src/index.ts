export * from './test-infrastructure';
export * from './unique-name';
export * from './wait-for';
export * from './sample-feed-server';
export * from './service-process';
export * from './deployment-checks';
export * from './migration-round-trip';
export * from './conflict-stream';
