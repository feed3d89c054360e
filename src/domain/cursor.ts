import { ValidationError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_INT = 2 ** 31 - 1;

/** What a list is ordered by: the property a cursor names, its column's type, and whether it can be NULL. */
export interface SortKey {
  name: string;
  type: 'timestamptz' | 'float8' | 'int';
  nullable: boolean;
}

/** A row's place in a list: its sort value, with its id as the tie-breaker. */
export interface Position {
  value: Date | number | null;
  id: string;
}

/**
 * Opaque keyset cursor: the sort key's name, the sort value of the last row a client saw and its
 * id. Stable under inserts, unlike OFFSET. The name keeps a cursor to its list's order: a
 * `createdAt` cursor's timestamp would also read as a `completedAt` bound, and page from the
 * wrong place without a word.
 */
export function encodeCursor(key: SortKey, position: Position): string {
  const value = position.value instanceof Date ? position.value.toISOString() : position.value;
  return Buffer.from(JSON.stringify([key.name, value, position.id])).toString('base64url');
}

/** The position a cursor of a list ordered by `key` points at; BAD_USER_INPUT on `argName` otherwise. */
export function decodeCursor(cursor: string, argName: string, key: SortKey): Position {
  const parsed = parse(cursor);
  if (!parsed) throw ValidationError.field(argName, 'is not a cursor this API issued');
  const [name, raw, id] = parsed;
  const value = name === key.name ? sortValue(raw, key) : undefined;
  if (value === undefined) throw ValidationError.field(argName, 'is not a cursor for this list');
  return { value, id };
}

function parse(cursor: string): [string, unknown, string] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[2] === 'string' &&
      UUID.test(parsed[2])
    ) {
      return parsed as [string, unknown, string];
    }
  } catch {
    // not base64url JSON: the caller's typed error
  }
  return null;
}

/** A cursor's value as `key`'s column can compare it, or undefined where it cannot have come from that column. */
function sortValue(raw: unknown, key: SortKey): Date | number | null | undefined {
  if (raw === null) return key.nullable ? null : undefined;
  if (key.type === 'timestamptz') return typeof raw === 'string' ? timestamp(raw) : undefined;
  if (typeof raw !== 'number') return undefined;
  const fits = key.type === 'int' ? Number.isInteger(raw) && Math.abs(raw) <= MAX_INT : Number.isFinite(raw);
  return fits ? raw : undefined;
}

/**
 * A date PostgreSQL can read back: JavaScript parses years up to ±275760, written "+275760-…"
 * or "-000001-…", which PostgreSQL rejects (an INTERNAL error, for a forged cursor).
 */
function timestamp(text: string): Date | undefined {
  const date = new Date(text);
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date : undefined;
}
