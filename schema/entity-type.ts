import type { EntitySchema } from '@mikro-orm/core';
import { ROW_OF } from '../src/db/plain-row.ts';

/**
 * `isTypeOf` for rows the ORM loaded: MikroORM names each entity's runtime class after its
 * schema, which is how `node(id:)` and other abstract fields tell a Run from a Job. A plain row
 * (src/db/plain-row.ts) names its entity itself.
 */
export function isEntity(schema: EntitySchema<any, any>) {
  const className = schema.meta.className;
  return (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    (value.constructor.name === className || (value as { [ROW_OF]?: string })[ROW_OF] === className);
}
