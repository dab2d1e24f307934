import type { AuditEntry } from '@cw/contracts';
import type { EntityManager } from 'typeorm';
import type { Principal } from './access.guard';

/** One change made through the API, for the audit log: who, what, on what, and the rest in `detail`. */
export interface AuditRecord {
  actor: Principal;
  action: string;
  subject?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Writes an audit entry in the transaction of the change it records, so the log holds a change exactly when the
 * change happened. The table refuses UPDATE, DELETE and TRUNCATE (migration 1767500000000) and the API has no
 * route that edits it.
 */
export const recordAudit = async (db: Pick<EntityManager, 'query'>, record: AuditRecord): Promise<void> => {
  await db.query(`INSERT INTO audit_log (actor, role, action, subject, detail) VALUES ($1, $2, $3, $4, $5)`, [
    record.actor.name,
    record.actor.role,
    record.action,
    record.subject ?? null,
    JSON.stringify(record.detail ?? {}),
  ]);
};

/** The audit log, newest first, paged by id. */
export const readAuditLog = async (
  db: Pick<EntityManager, 'query'>,
  query: { actor?: string; action?: string; before?: number; limit: number },
): Promise<AuditEntry[]> => {
  const rows: {
    id: string;
    at: Date;
    actor: string;
    role: AuditEntry['role'];
    action: string;
    subject: string | null;
    detail: Record<string, unknown>;
  }[] = await db.query(
    `SELECT id, at, actor, role, action, subject, detail FROM audit_log
       WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR action LIKE $2 || '%') AND ($3::bigint IS NULL OR id < $3)
       ORDER BY id DESC LIMIT $4`,
    [query.actor ?? null, query.action ?? null, query.before ?? null, query.limit],
  );
  return rows.map((row) => ({ ...row, id: Number(row.id), at: new Date(row.at).toISOString() }));
};
