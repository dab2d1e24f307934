import { freePort } from '@cw/testing';
import { execFile } from 'node:child_process';
import { chownSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface OwnPostgres {
  /** URL of a database on this cluster (the aggregator creates it if missing). */
  url(database: string): string;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A throwaway Postgres cluster for tests that restart the database: the shared cluster on 5432 serves
 * every other test and must never go down. Postgres refuses to run as root, so as root the cluster
 * belongs to the postgres user.
 */
export const ownPostgres = async (): Promise<OwnPostgres> => {
  const dir = await mkdtemp(join(tmpdir(), 'cw-fault-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args], { timeout: 60_000 })
      : run(join(BIN, tool), args, { timeout: 60_000 });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const ctl = (...args: string[]) => pg('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30', ...args]);
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
  await ctl('-o', options, 'start');
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    // Fast: open connections are cut, as in a failover or an operator's restart.
    restart: async () => void (await ctl('-m', 'fast', '-o', options, 'restart')),
    close: async () => {
      await ctl('-m', 'immediate', 'stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
};
