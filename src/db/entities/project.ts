import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, idProperty } from './common.ts';

/** A tenant: every other row belongs to exactly one project. */
export interface Project {
  [OptionalProps]?: 'id' | 'createdAt';
  id: string;
  name: string;
  createdAt: Date;
}

export const ProjectSchema = new EntitySchema<Project>({
  name: 'Project',
  tableName: 'project',
  properties: {
    id: idProperty,
    name: { type: 'text' },
    createdAt: createdAtProperty,
  },
});
