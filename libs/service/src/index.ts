export * from './service-log';
export * from './start-service';
