import { z } from 'zod';

/**
 * Ids are UUIDs (API.md); anything else is a typed BAD_USER_INPUT, not a database error. Read in
 * lower case, as they are stored and returned: some counts compare them as text.
 */
export const Id = z.uuid({ message: 'must be a UUID' }).transform((id) => id.toLowerCase());

/** A filter's list of values: one condition each, so a request cannot send thousands. */
export const filterList = <T extends z.ZodType>(item: T, max = 100) => item.array().max(max, `at most ${max} values`);

/** Half of a UTF-16 surrogate pair, which UTF-8 cannot encode (with `u`, a whole pair is one character). */
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATE_MESSAGE = 'must be valid Unicode: it holds half of a surrogate pair';
const withoutLoneSurrogate = (text: string) => !LONE_SURROGATE.test(text);

/**
 * Text that is stored, or compared with stored text: PostgreSQL's text and jsonb cannot hold a
 * NUL character, and one would otherwise fail the statement as INTERNAL. Nor can UTF-8 hold a
 * lone surrogate: the database driver would store U+FFFD in its place, changing the text unsaid.
 */
export const Text = z
  .string()
  .regex(/^[^\0]*$/, 'must not contain NUL characters')
  .refine(withoutLoneSurrogate, LONE_SURROGATE_MESSAGE);

/** `Text` of at most `max` characters. */
export const textOf = (max: number) => Text.max(max, `must be at most ${max} characters`);

/** `Text` that is not blank, of at most `max` characters. */
export const requiredTextOf = (max: number) =>
  textOf(max).refine((value) => value.trim().length > 0, 'must not be empty');

export const Name = Text.trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** Lower-noise tags: trimmed, 1-64 printable characters, at most 50, duplicates removed. */
export const Tags = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(64, 'must be at most 64 characters')
      .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
      .refine(withoutLoneSurrogate, LONE_SURROGATE_MESSAGE),
  )
  .max(50, 'at most 50 tags')
  .transform((tags) => [...new Set(tags)]);

const MAX_JSON_BYTES = 16 * 1024;

/** A free-form JSON object (metadata), kept small enough to index and ship. */
export const JsonObject = z
  .record(z.string(), z.unknown(), { message: 'must be a JSON object' })
  .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_JSON_BYTES, {
    message: `must serialise to at most ${MAX_JSON_BYTES} bytes`,
  })
  // JSON writes a NUL in a key or a string as \u0000, which jsonb refuses.
  .refine((value) => !JSON.stringify(value).includes('\\u0000'), { message: 'must not contain NUL characters' })
  // And half a surrogate pair as \ud800, which jsonb refuses too: the statement failed as INTERNAL.
  .refine((value) => !holdsLoneSurrogate(value), { message: LONE_SURROGATE_MESSAGE });

/** Whether a JSON value has half a surrogate pair in a string or a key, at any depth. */
function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, item]) => LONE_SURROGATE.test(key) || holdsLoneSurrogate(item));
}

/**
 * A field an update may omit, keeping its value, but not set to null: the field it changes is
 * never null. (`optional` reads null as omitted, which suits an input that creates.)
 */
export function omittable<T extends z.ZodType>(schema: T) {
  return schema
    .nullish()
    .refine((value) => value !== null, 'cannot be null: omit it to keep its value')
    .transform((value) => value ?? undefined);
}

/** GraphQL sends omitted optional fields as undefined and explicit nulls as null: treat both as absent. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}
