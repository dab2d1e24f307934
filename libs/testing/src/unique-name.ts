import { randomBytes } from 'node:crypto';

/** A name no other test uses: each test gets its own topics, group and database. */
export const uniqueName = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
