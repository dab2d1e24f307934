export * from './test-infrastructure';
export * from './unique-name';
export * from './wait-for';
