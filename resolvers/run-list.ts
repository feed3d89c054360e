import type { Context } from '../src/context.ts';
import { RunSchema, type Run } from '../src/db/entities/run.ts';
import { plainRow } from '../src/db/plain-row.ts';
import { decodeCursor, encodeCursor, type Position, type SortKey } from '../src/domain/cursor.ts';
import { cursorConnection, type ConnectionArgs } from './connection.ts';
import { and, execute, raw, sql, type Sql } from './sql.ts';

export type RunOrderField = 'createdAt' | 'completedAt' | 'avgScore' | 'costUsd' | 'durationMs';

/** Sort keys of RunOrder, by run property: its column, its SQL type, and whether it can be NULL. */
const ORDER_COLUMNS: Record<RunOrderField, Omit<SortKey, 'name'> & { column: string }> = {
  createdAt: { column: 'created_at', type: 'timestamptz', nullable: false },
  completedAt: { column: 'completed_at', type: 'timestamptz', nullable: true },
  avgScore: { column: 'avg_score', type: 'float8', nullable: true },
  costUsd: { column: 'cost_usd', type: 'float8', nullable: true },
  durationMs: { column: 'duration_ms', type: 'int', nullable: true },
};

/** The sort key a list of runs ordered by `field` names in its cursors. */
const sortKeyOf = (field: RunOrderField) => ({ name: field, ...ORDER_COLUMNS[field] });

export interface RunOrder {
  field: RunOrderField;
  direction: 'asc' | 'desc';
}

/** The cursor of the run at `position` in a list ordered by `field`. */
export const runCursor = (field: RunOrderField, position: Position): string => encodeCursor(sortKeyOf(field), position);

/** A property of Run, as list queries name what they read. */
export type RunProp = keyof Run & string;

/** A full-text search as conditions on `run r`. */
export interface RunSearch {
  /** Tested on each row read. */
  condition: Sql;
  /**
   * Where PostgreSQL's plan would sort every match: it estimates several words as if they were
   * independent, so words searched together ("nan loss": 13,688 of a million runs, estimated
   * 193) look rare, and it fetches and sorts all their matches for one page. Reading the list's
   * head in index order first finds a common search's page there; a rare one falls through to
   * the plan, which suits it.
   */
  headFirst: boolean;
  /**
   * The condition for a plan that collects every match from the GIN index (a rare search's
   * page, facets, totals). Several words are spelt out as the words they start in the project:
   * a prefix makes GIN collect every run of its words before intersecting ("refund nan": the
   * 32,244 runs of refund read to find 441); exact words let it step through the longer list
   * along the shorter one.
   */
  allMatches: () => Promise<Sql>;
}

/**
 * The columns a Run is mapped from: those of `props` (with its id, project and sort key), or
 * all but the lazy ones (the search document and spec snapshot stay in the database).
 */
function runColumns(ctx: Context, props: ReadonlySet<string> | null): Sql {
  const columns = ctx.em
    .getMetadata()
    .get<Run>(RunSchema.meta.className)
    .props.filter((p) => p.persist !== false && (props ? props.has(p.name) : !p.lazy))
    .flatMap((p) => p.fieldNames ?? []);
  return raw(columns.map((c) => `r."${c}"`).join(', '));
}

/** A run read with some of its columns, as a plain row (see plainRow). */
function partialRun(ctx: Context, row: Record<string, unknown>): Run {
  const data = ctx.em.getDriver().mapResult<Run>(row, ctx.em.getMetadata().get<Run>(RunSchema.meta.className))!;
  return plainRow(RunSchema, data as Run);
}

/**
 * Runs matching `condition` (on `run r`) as a Relay connection in `order`, ties broken by id in
 * the same direction, NULLs after every value in both directions. Keyset paging over the
 * (project_id, column, id) indexes: each page is a row comparison against the cursor, so a page
 * deep in the list costs what the first one does. With `props`, only those properties are read
 * (a list showing a few fields of each run need not read and map its JSON documents).
 */
export async function runConnection(
  ctx: Context,
  list: { condition: Sql; search: RunSearch | null },
  order: RunOrder,
  args: ConnectionArgs,
  totalCount: () => Promise<number>,
  props: readonly RunProp[] | null = null,
) {
  const sortKey = sortKeyOf(order.field);
  const { column, type, nullable } = sortKey;
  const after = args.after ? decodeCursor(args.after, 'after', sortKey) : null;
  const before = args.before ? decodeCursor(args.before, 'before', sortKey) : null;
  const toCursor = (run: Run): string => runCursor(order.field, { value: run[order.field] ?? null, id: run.id });
  const read = props && new Set<string>([...props, 'id', 'projectId', order.field]);
  const columns = runColumns(ctx, read);
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
      const found = await readPart(ctx, {
        columns,
        condition: and([list.condition, part.where]),
        search: list.search,
        orderBy: part.orderBy(dir),
        limit: limit - rows.length,
      });
      rows.push(...found.map((row) => (read ? partialRun(ctx, row) : ctx.em.map(RunSchema, row))));
    }
    return rows;
  });
  return { ...page, totalCount };
}

/**
 * How many rows of the list's head a search reads per row it wants (`RunSearch.headFirst`): a
 * search that matches one run in a hundred fills its page there.
 */
export const HEAD_ROWS_PER_ROW = 100;

/** Up to `limit` rows of one part of the list, in `orderBy`. */
async function readPart(
  ctx: Context,
  part: { columns: Sql; condition: Sql; search: RunSearch | null; orderBy: Sql; limit: number },
): Promise<Record<string, unknown>[]> {
  const { columns, condition, search, orderBy, limit } = part;
  if (search?.headFirst) {
    // The inner LIMIT fences the search off: PostgreSQL reads the head in index order and
    // stops at the page's last match, instead of fetching and sorting every match.
    const head = await execute<Record<string, unknown>>(
      ctx.em,
      sql`select ${columns} from (
            select ${columns}, r.search_doc from run r where ${condition}
            order by ${orderBy} limit ${limit * HEAD_ROWS_PER_ROW}
          ) r where ${search.condition} order by ${orderBy} limit ${limit}`,
    );
    if (head.length === limit) return head;
  }
  const matching = search ? [await search.allMatches()] : [];
  return execute<Record<string, unknown>>(
    ctx.em,
    sql`select ${columns} from run r where ${and([condition, ...matching])} order by ${orderBy} limit ${limit}`,
  );
}
