import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { decodeCursor, encodeCursor, type SortKey } from '../src/domain/cursor.ts';
import { ValidationError } from '../src/domain/errors.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface KeysetQuery<T extends { id: string }> {
  em: SqlEntityManager;
  entity: EntityName<T>;
  where: FilterQuery<T>;
  /** A non-null column; rows with equal values are ordered by id in the same direction. */
  orderBy: keyof T & string;
  direction: 'asc' | 'desc';
}

/** `first`/`last` over the cap is an error, not a silently shorter page. */
function assertPageSize(args: ConnectionArgs): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw ValidationError.field(name, `must be between 0 and ${MAX_PAGE_SIZE}`);
    }
  }
}

/** resolveCursorConnection with this API's page sizes, for lists that fetch their own pages. */
export function cursorConnection<T>(
  args: ConnectionArgs,
  toCursor: (row: T) => string,
  fetch: (page: ResolveCursorConnectionArgs) => Promise<readonly T[]>,
) {
  assertPageSize(args);
  return resolveCursorConnection({ args, toCursor, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, fetch);
}

/**
 * A Relay connection over `where`, ordered by (orderBy, id), paged by keyset: a page costs the
 * same at row 10 and at row 10 million, and inserts never shift what a cursor points at.
 * `totalCount` is a thunk, so the count query runs only when a client asks for it.
 */
export async function keysetConnection<T extends { id: string }>(args: ConnectionArgs, query: KeysetQuery<T>) {
  assertPageSize(args);
  const { em, entity, where, orderBy, direction } = query;
  const sortKey = sortKeyOf(em, entity, orderBy);
  const cursorOf = (row: T) => encodeCursor(sortKey, { value: row[orderBy] as Date | number, id: row.id });
  // Decode eagerly so a bad cursor is a BAD_USER_INPUT naming the argument.
  const after = args.after ? decodeCursor(args.after, 'after', sortKey) : undefined;
  const before = args.before ? decodeCursor(args.before, 'before', sortKey) : undefined;

  const page = await resolveCursorConnection(
    { args, toCursor: cursorOf, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    async ({ limit, inverted }: ResolveCursorConnectionArgs) => {
      const forward = direction === 'desc' ? '$lt' : '$gt';
      const backward = direction === 'desc' ? '$gt' : '$lt';
      const bound = (cursor: typeof after, op: string) =>
        cursor && {
          $or: [{ [orderBy]: { [op]: cursor.value } }, { [orderBy]: cursor.value, id: { [op]: cursor.id } }],
        };
      const conditions = [where, bound(after, forward), bound(before, backward)].filter(Boolean);
      const order = inverted === (direction === 'desc') ? 'asc' : 'desc';
      return em.find(entity, { $and: conditions } as FilterQuery<T>, {
        orderBy: [{ [orderBy]: order }, { id: order }] as never,
        limit,
      });
    },
  );
  return { ...page, totalCount: () => em.count(entity, where) };
}

/** Column types a keyset list can sort by, as MikroORM names them (a precision suffix left off). */
const SORT_TYPES: Record<string, SortKey['type']> = {
  timestamptz: 'timestamptz',
  int: 'int',
  integer: 'int',
  'double precision': 'float8',
};

/** The sort key of a keyset list: a non-null column of timestamps, integers or doubles. */
function sortKeyOf<T>(em: SqlEntityManager, entity: EntityName<T>, property: string): SortKey {
  const meta = em.getMetadata().get(entity as string);
  const column = meta.properties[property]?.columnTypes[0] ?? '';
  const type = SORT_TYPES[column.replace(/\(\d+\)$/, '')];
  if (!type) throw new Error(`${meta.className}.${property} (${column}) cannot order a keyset list`);
  return { name: property, type, nullable: false };
}
