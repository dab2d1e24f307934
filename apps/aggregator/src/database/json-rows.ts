// The Postgres types a batch column may take.
type ColumnType = 'text' | 'integer' | 'bigint' | 'date' | 'timestamptz' | 'boolean' | 'json' | 'jsonb';

/**
 * One way to send a batch of rows to Postgres: every row in one JSON parameter, read back as a typed record set.
 * JSON.stringify is native and Postgres parses the document once, where text[] parameters are quoted element by
 * element and a statement per row is a round trip each (the pipeline's old bottleneck).
 *
 *   const Applied = jsonRows<{ figure_id: string; event_id: string }>({ figure_id: 'text', event_id: 'text' });
 *   db.query(`INSERT INTO applied_figures (${Applied.columns}) SELECT ${Applied.columns} FROM ${Applied.from('$1')}`, [Applied.param(rows)]);
 *
 * `from` adds `WITH ORDINALITY` as `n`, so a statement can keep the rows in the order they were given (ORDER BY n).
 */
export interface JsonRows<Row> {
  /** The column names, comma-separated, in the declared order. */
  readonly columns: string;
  /** `ROWS FROM (json_to_recordset(<parameter>::json) AS (<columns with types>)) WITH ORDINALITY AS <alias>(<columns>, n)`. */
  from(parameter: string, alias?: string): string;
  /** The rows as the parameter (keys beyond the declared columns are ignored by Postgres). */
  param(rows: readonly Row[]): string;
}

export const jsonRows = <Row extends Record<string, unknown>>(types: { [K in keyof Row & string]: ColumnType }): JsonRows<Row> => {
  const names = Object.keys(types) as (keyof Row & string)[];
  const typed = names.map((name) => `${name} ${types[name]}`).join(', ');
  const columns = names.join(', ');
  return {
    columns,
    // A column definition list and WITH ORDINALITY go together only inside ROWS FROM.
    from: (parameter, alias = 'x') => `ROWS FROM (json_to_recordset(${parameter}::json) AS (${typed})) WITH ORDINALITY AS ${alias}(${columns}, n)`,
    param: (rows) => JSON.stringify(rows),
  };
};
