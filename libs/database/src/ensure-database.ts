import { Client } from 'pg';

/** The database a URL names; only plain identifiers, since it is quoted into CREATE DATABASE. */
export const databaseNameOf = (url: string): string => {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(name)) throw new Error(`database name ${JSON.stringify(name)} is not a plain identifier`);
  return name;
};

/** Creates the database named in `url` when it is missing, connecting to the server's `postgres` database. */
export const ensureDatabase = async (url: string): Promise<void> => {
  const name = databaseNameOf(url);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        // Two services starting together may both try: the loser finds it made.
        if (error.code !== '42P04') throw error;
      });
    }
  } finally {
    await client.end();
  }
};
