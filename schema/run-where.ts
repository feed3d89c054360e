import { RUN_STATUSES } from '../src/db/entities/run.ts';
import type { RunWhere } from '../resolvers/run-filter.ts';
import { builder } from './builder.ts';

export const RunStatusEnum = builder.enumType('RunStatus', {
  description: 'Where a run is in its lifecycle: PREPARING -> TRAINING -> EVALUATING -> COMPLETED.',
  values: {
    PREPARING: { value: 'PREPARING' as const, description: 'Compiling the spec into a dataset, augmenting it.' },
    TRAINING: { value: 'TRAINING' as const, description: 'The fine-tune job is queued or running.' },
    EVALUATING: { value: 'EVALUATING' as const, description: 'Scoring the fine-tuned model on the spec examples.' },
    COMPLETED: { value: 'COMPLETED' as const, description: 'Eval results are available.' },
    FAILED: { value: 'FAILED' as const, description: 'Stopped by an error; see `error`.' },
    CANCELLED: { value: 'CANCELLED' as const, description: 'Cancelled by a user.' },
  } satisfies Record<(typeof RUN_STATUSES)[number], unknown>,
});

const TagFilter = builder.inputType('TagFilter', {
  description: 'Runs with any, or all, of these tags.',
  fields: (t) => ({
    any: t.stringList({ description: 'At least one of these tags.' }),
    all: t.stringList({ description: 'Every one of these tags.' }),
  }),
});

export const RunWhereRef = builder.inputRef<RunWhere>('RunWhere').implement({
  description: 'Run filter. Lists mean "any of"; fields combine with AND; nest with and/or/not.',
  fields: (t) => ({
    status: t.field({ type: [RunStatusEnum], description: 'Any of these statuses.' }),
    specId: t.idList({ description: 'Runs of any of these specs.' }),
    baseModelId: t.idList({ description: 'Runs on any of these base models.' }),
    modelId: t.idList({ description: 'Runs that produced any of these models.' }),
    environment: t.stringList({ description: 'Any of these environments.' }),
    createdBy: t.stringList({ description: 'Started with API keys of any of these labels.' }),
    feedbackFlag: t.stringList({ description: 'Feedback carrying any of these flags.' }),
    tags: t.field({ type: TagFilter, description: 'Tag match.' }),
    parentId: t.id({ description: 'Children of this run.' }),
    hasParent: t.boolean({ description: 'false: top-level runs only; true: child runs only.' }),
    createdAfter: t.field({ type: 'DateTime', description: 'Created at or after.' }),
    createdBefore: t.field({ type: 'DateTime', description: 'Created before.' }),
    minScore: t.float({ description: 'evalSummary.avgScore at least.' }),
    maxScore: t.float({ description: 'evalSummary.avgScore at most.' }),
    and: t.field({ type: [RunWhereRef], description: 'All of these.' }),
    or: t.field({ type: [RunWhereRef], description: 'Any of these.' }),
    not: t.field({ type: RunWhereRef, description: 'Not this.' }),
  }),
});
