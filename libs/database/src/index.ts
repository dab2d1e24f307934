export * from './ensure-database';
export * from './migration-command';
