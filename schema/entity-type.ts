import type { EntitySchema } from '@mikro-orm/core';

/**
 * `isTypeOf` for rows the ORM loaded: MikroORM names each entity's runtime class after its
 * schema, which is how `node(id:)` and other abstract fields tell a Run from a Job.
 */
export function isEntity(schema: EntitySchema<any, any>) {
  const className = schema.meta.className;
  return (value: unknown): boolean =>
    typeof value === 'object' && value !== null && value.constructor.name === className;
}
