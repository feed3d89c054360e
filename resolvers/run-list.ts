import type { Context } from '../src/context.ts';
import { RunSchema, type Run } from '../src/db/entities/run.ts';
import { decodeCursor, encodeCursor, type CursorKey } from '../src/domain/cursor.ts';
import { ValidationError } from '../src/domain/errors.ts';
import { cursorConnection, type ConnectionArgs } from './connection.ts';
import { and, execute, raw, sql, type Sql } from './sql.ts';

/** Sort keys of RunOrder: the run property, its column, its SQL type, and whether it can be NULL. */
const ORDER_COLUMNS = {
  createdAt: { column: 'created_at', type: 'timestamptz', nullable: false },
  completedAt: { column: 'completed_at', type: 'timestamptz', nullable: true },
  avgScore: { column: 'avg_score', type: 'float8', nullable: true },
  costUsd: { column: 'cost_usd', type: 'float8', nullable: true },
  durationMs: { column: 'duration_ms', type: 'int', nullable: true },
} as const;

export type RunOrderField = keyof typeof ORDER_COLUMNS;
export interface RunOrder {
  field: RunOrderField;
  direction: 'asc' | 'desc';
}

type Position = { value: Date | number | null; id: string };

/** The columns a Run is mapped from (the search document stays in the database). */
function runColumns(ctx: Context): Sql {
  const props = ctx.em.getMetadata().get<Run>(RunSchema.meta.className).props;
  const columns = props.filter((p) => p.persist !== false && !p.lazy).flatMap((p) => p.fieldNames ?? []);
  return raw(columns.map((c) => `r."${c}"`).join(', '));
}

/**
 * Runs matching `condition` (on `run r`) as a Relay connection in `order`, ties broken by id in
 * the same direction, NULLs after every value in both directions. Keyset paging over the
 * (project_id, column, id) indexes: each page is a row comparison against the cursor, so a page
 * deep in the list costs what the first one does.
 */
export async function runConnection(
  ctx: Context,
  condition: Sql,
  order: RunOrder,
  args: ConnectionArgs,
  totalCount: () => Promise<number>,
) {
  const { column, type, nullable } = ORDER_COLUMNS[order.field];
  const after = args.after ? position(args.after, 'after', order.field) : null;
  const before = args.before ? position(args.before, 'before', order.field) : null;
  const toCursor = (run: Run): string => {
    const value = run[order.field];
    return encodeCursor({ value: value instanceof Date ? value.toISOString() : (value ?? null), id: run.id });
  };
  const columns = runColumns(ctx);
  const col = raw(`r.${column}`);
  const asc = order.direction === 'asc';

  // The list is every non-NULL value as (value, id) in `direction`, then the NULLs by id in
  // `direction`. `after` keeps what lies beyond its cursor in that order, `before` what precedes it.
  const beyond = (cursor: Position) => raw((cursor === after) === asc ? '>' : '<');
  const valueBounds = [after, before].flatMap((cursor) =>
    cursor && cursor.value !== null
      ? [sql`(${col}, r.id) ${beyond(cursor)} (${cursor.value}::${raw(type)}, ${cursor.id}::uuid)`]
      : [],
  );
  const nullBounds = [after, before].flatMap((cursor) =>
    cursor && cursor.value === null ? [sql`r.id ${beyond(cursor)} ${cursor.id}::uuid`] : [],
  );
  const values = {
    present: after?.value !== null,
    where: and([...(nullable ? [sql`${col} is not null`] : []), ...valueBounds]),
    orderBy: (dir: Sql) => sql`${col} ${dir}, r.id ${dir}`,
  };
  const nulls = {
    present: nullable && !(before && before.value !== null),
    where: and([sql`${col} is null`, ...nullBounds]),
    orderBy: (dir: Sql) => sql`r.id ${dir}`,
  };

  const page = await cursorConnection<Run>(args, toCursor, async ({ limit, inverted }) => {
    const dir = raw(asc !== inverted ? 'asc' : 'desc');
    const rows: Run[] = [];
    for (const part of inverted ? [nulls, values] : [values, nulls]) {
      if (!part.present || rows.length >= limit) continue;
      const found = await execute<Record<string, unknown>>(
        ctx.em,
        sql`select ${columns} from run r where ${and([condition, part.where])}
            order by ${part.orderBy(dir)} limit ${limit - rows.length}`,
      );
      rows.push(...found.map((row) => ctx.em.map(RunSchema, row)));
    }
    return rows;
  });
  return { ...page, totalCount };
}

/** A cursor of this list: its value must have the sort key's type (or be NULL where the key can be). */
function position(cursor: string, argName: string, field: RunOrderField): Position {
  const key: CursorKey = decodeCursor(cursor, argName);
  const { type, nullable } = ORDER_COLUMNS[field];
  if (key.value === null && nullable) return { value: null, id: key.id };
  if (type === 'timestamptz' && typeof key.value === 'string') {
    const value = new Date(key.value);
    if (!Number.isNaN(value.getTime())) return { value, id: key.id };
  }
  if (type !== 'timestamptz' && typeof key.value === 'number' && Number.isFinite(key.value)) {
    return { value: key.value, id: key.id };
  }
  throw ValidationError.field(argName, 'is not a cursor for this list');
}
