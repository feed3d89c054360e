import { randomUUID } from 'node:crypto';

/**
 * Property shapes every table shares. Each entity is an explicit interface plus an
 * EntitySchema, so foreign keys between entities that refer to each other (jobs and models,
 * runs and their parents) stay typed without circular imports.
 */
export const idProperty = {
  type: 'uuid',
  primary: true,
  onCreate: () => randomUUID(),
} as const;

export const createdAtProperty = {
  type: 'datetime',
  columnType: 'timestamptz(3)',
  onCreate: () => new Date(),
} as const;

/** A foreign key exposed as the referenced row's id (`specId: string`), with a real FK constraint. */
export function foreignKey(
  entity: string,
  column: string,
  options: { nullable?: boolean; deleteRule?: 'cascade' | 'set null' | 'restrict'; index?: boolean } = {},
) {
  return {
    kind: 'm:1' as const,
    entity: () => entity,
    mapToPk: true,
    fieldName: column,
    nullable: options.nullable ?? false,
    deleteRule: options.deleteRule ?? (options.nullable ? 'set null' : 'cascade'),
    index: options.index ?? true,
  };
}

export const projectKey = foreignKey('Project', 'project_id', { index: false });
