export * from './api-key';
export * from './http-input';
export * from './service-log';
export * from './start-service';
export * from './exit-for-restart';
export * from './security-headers';
export * from './service-lifecycle';
