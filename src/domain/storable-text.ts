/**
 * Text from outside (a trainer, a model, an LLM) as PostgreSQL can store it, in text and jsonb
 * columns alike: neither holds a NUL, which would fail the whole statement, and so the batch,
 * the job or the run's stage, again at every retry. A NUL is kept, visibly, as U+FFFD.
 */
export const storable = (text: string): string => text.replaceAll('\0', '\uFFFD');

/** `JSON.parse` with every string in the result `storable`. */
export const parseStorableJson = (text: string): unknown =>
  JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? storable(value) : value));
