import { EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { createdAtProperty, idProperty, projectKey } from './common.ts';

export interface SpecExample {
  input: string;
  expected: string;
}

/** The behaviour a fine-tune should learn; runs freeze a snapshot of it when they start. */
export interface BehaviorSpec {
  [OptionalProps]?:
    'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'runCounter' | 'tags' | 'description' | 'systemPrompt';
  id: string;
  projectId: string;
  name: string;
  description: string | null;
  systemPrompt: string | null;
  examples: SpecExample[];
  tags: string[];
  /** Last run number handed out; incremented under a row lock so numbers never repeat. */
  runCounter: number;
  createdAt: Date;
  updatedAt: Date;
  /** Soft delete: runs keep pointing at the spec they trained on. */
  deletedAt: Date | null;
}

export const BehaviorSpecSchema = new EntitySchema<BehaviorSpec>({
  name: 'BehaviorSpec',
  tableName: 'behavior_spec',
  properties: {
    id: idProperty,
    projectId: projectKey,
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    systemPrompt: { type: 'text', nullable: true },
    examples: { type: 'json' },
    tags: { type: 'text[]', default: '{}' },
    runCounter: { type: 'integer', default: 0 },
    createdAt: createdAtProperty,
    updatedAt: { ...createdAtProperty, onUpdate: () => new Date() },
    deletedAt: { type: 'datetime', columnType: 'timestamptz(3)', nullable: true },
  },
  indexes: [{ properties: ['projectId', 'createdAt', 'id'] }],
});
