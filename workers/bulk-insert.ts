import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntitySchema } from '@mikro-orm/core';
import { PostgreSqlDriver, type Knex, type SqlEntityManager } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format: `\N` for null, backslash escapes for the separators. */
function copyText(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

/**
 * Inserts `rows` in the transaction `tx` is in. On PostgreSQL it streams them with COPY FROM
 * STDIN on the transaction's own connection (about twice the rows/s of a multi-row INSERT,
 * bench/RESULTS.md); PGlite, the embedded default, has no COPY FROM STDIN, so there it is one
 * multi-row INSERT.
 */
export async function bulkInsert<T extends object>(
  tx: SqlEntityManager,
  schema: EntitySchema<T, never>,
  rows: T[],
): Promise<void> {
  if (rows.length === 0) return;
  if (!(tx.getDriver() instanceof PostgreSqlDriver)) {
    await tx.insertMany(schema, rows);
    return;
  }
  const meta = tx.getMetadata().get(schema.meta.className);
  const columns = meta.props
    .filter((prop) => prop.persist !== false && prop.fieldNames?.length === 1)
    .map((prop) => ({ property: prop.name as keyof T, column: prop.fieldNames[0]! }));
  const text = rows.map((row) => columns.map(({ property }) => copyText(row[property])).join('\t')).join('\n') + '\n';
  const sql = `copy ${meta.tableName} (${columns.map((c) => `"${c.column}"`).join(', ')}) from stdin`;
  // The driver's own client, as knex's maintainers show for COPY (knex/knex#756): a transaction's
  // knex client always hands out the transaction's connection, so the COPY runs inside it,
  // after the lease check and before COMMIT.
  const knexClient = tx.getTransactionContext<Knex.Transaction>()!.client;
  const connection = (await knexClient.acquireConnection()) as ClientBase;
  try {
    await pipeline(Readable.from([text]), connection.query(copyFrom(sql)));
  } finally {
    await knexClient.releaseConnection(connection);
  }
}
