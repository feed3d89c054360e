import { z } from 'zod';
import * as lifecycle from '../resolvers/run-lifecycle.ts';
import * as loaders from '../resolvers/loaders.ts';
import * as runs from '../resolvers/runs.ts';
import { RunSchema, type Run } from '../src/db/entities/run.ts';
import { Id, Tags } from '../src/domain/inputs/common.ts';
import { FeedbackInput, StartRunInput } from '../src/domain/inputs/run.ts';
import { RunWhereInput, Search } from '../src/domain/inputs/run-where.ts';
import { builder, connectionNames } from './builder.ts';
import { isEntity } from './entity-type.ts';
import { DatasetRef, EvalRef, JobRef, ModelRef, RunRef, SpecRef } from './refs.ts';
import { runPropsRead } from './run-props-read.ts';
import { EvalSummaryRef, FeedbackRef, RunHyperparametersRef, TokenUsageRef } from './run-values.ts';
import { RunStatusEnum, RunWhereRef } from './run-where.ts';

/** API.md's one connection type for every list of runs: a spec's, a run's children, `runs`. */
export const RunConnection = builder.connectionObject({ type: RunRef, name: 'RunConnection' }, { name: 'RunEdge' });

RunRef.implement({
  description: 'One spec -> dataset -> fine-tune -> evaluation cycle.',
  isTypeOf: isEntity(RunSchema),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name; defaults to "<spec> #<runNumber>".' }),
    runNumber: t.exposeInt('runNumber', { description: '1, 2, 3 … per spec; never reused.' }),
    status: t.expose('status', { type: RunStatusEnum, description: 'Lifecycle status.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why the run failed.' }),
    spec: t.field({ type: SpecRef, description: 'The spec this run trained on.', resolve: (run) => run.specId }),
    specSnapshot: t.loadable({
      type: 'JSON',
      description: 'The spec as it was when the run started.',
      load: loaders.loadSpecSnapshots,
      resolve: (run) => run.id,
    }),
    dataset: t.field({
      type: DatasetRef,
      nullable: true,
      description: 'The compiled training set.',
      resolve: (run) => run.datasetId,
    }),
    job: t.field({ type: JobRef, nullable: true, description: 'The fine-tune job.', resolve: (run) => run.jobId }),
    model: t.field({
      type: ModelRef,
      nullable: true,
      description: 'The fine-tuned model.',
      resolve: (run) => run.modelId,
    }),
    baseModel: t.field({ type: ModelRef, description: 'The model fine-tuned.', resolve: (run) => run.baseModelId }),
    hyperparameters: t.expose('hyperparameters', { type: RunHyperparametersRef, description: 'Training settings.' }),
    evalSummary: t.expose('evalSummary', {
      type: EvalSummaryRef,
      nullable: true,
      description: 'Null until evaluated.',
    }),
    evals: t.connection(
      {
        type: EvalRef,
        description: 'Per-example results, worst score first.',
        resolve: (run, args, ctx) => runs.listEvals(ctx, run, args),
      },
      ...connectionNames('Eval'),
    ),
    tags: t.exposeStringList('tags', { description: 'Free-form labels.' }),
    environment: t.exposeString('environment', { nullable: true, description: 'Where the run trains.' }),
    parent: t.field({
      type: RunRef,
      nullable: true,
      description: 'The run this one follows.',
      resolve: (run) => run.parentId,
    }),
    children: t.connection(
      {
        type: RunRef,
        description: 'Runs that name this one as their parent, newest first.',
        resolve: (run, args, ctx, info) =>
          runs.listRuns(ctx, { extra: { parentId: run.id } }, args, runPropsRead(info)),
      },
      RunConnection,
    ),
    feedback: t.expose('feedback', { type: FeedbackRef, nullable: true, description: 'Human feedback.' }),
    tokens: t.expose('tokens', { type: TokenUsageRef, nullable: true, description: 'Tokens consumed.' }),
    costUsd: t.exposeFloat('costUsd', { nullable: true, description: 'Compute cost in US dollars.' }),
    durationMs: t.exposeInt('durationMs', { nullable: true, description: 'Wall time from start to end.' }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'Label of the API key that started it.' }),
    isPublic: t.exposeBoolean('isPublic', {
      description: 'Always false: Trainyard does not share runs outside their project yet.',
    }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true, description: 'Caller-supplied JSON object.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the run was started.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'When training began.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When the run ended.' }),
  }),
});

const RunOrderFieldEnum = builder.enumType('RunOrderField', {
  description: 'Sort key for runs.',
  values: {
    CREATED_AT: { value: 'createdAt' as const, description: 'Start time.' },
    COMPLETED_AT: { value: 'completedAt' as const, description: 'End time; runs still going come last.' },
    AVG_SCORE: { value: 'avgScore' as const, description: 'evalSummary.avgScore; unevaluated runs come last.' },
    COST_USD: { value: 'costUsd' as const, description: 'Compute cost; runs without one come last.' },
    DURATION_MS: { value: 'durationMs' as const, description: 'Wall time; runs without one come last.' },
  },
});

const RunOrderRef = builder.inputType('RunOrder', {
  description: 'Sort order for runs; ties break by id in the same direction, and runs without the key come last.',
  fields: (t) => ({
    field: t.field({ type: RunOrderFieldEnum, required: true, description: 'Sort key.' }),
    direction: t.field({
      type: builder.enumType('OrderDirection', {
        description: 'Ascending or descending.',
        values: {
          ASC: { value: 'asc' as const, description: 'Smallest or earliest first.' },
          DESC: { value: 'desc' as const, description: 'Largest or latest first.' },
        },
      }),
      defaultValue: 'desc',
      required: true,
      description: 'Default DESC.',
    }),
  }),
});

const RunHyperparametersInputRef = builder.inputType('RunHyperparametersInput', {
  description: 'TunedTensor hyperparameters; omitted ones take their defaults.',
  fields: (t) => ({
    nEpochs: t.int({ description: '1-20, default 4.' }),
    learningRate: t.float({ description: 'Default: chosen from the model size.' }),
    batchSize: t.int({ description: 'At least 8, default 8.' }),
    loraRank: t.int({ description: 'Default 8.' }),
    loraAlpha: t.float({ description: 'Default 16.' }),
  }),
});

const StartRunInputRef = builder.inputType('StartRunInput', {
  description: 'Options for a new run.',
  fields: (t) => ({
    name: t.string({ description: 'Default "<spec> #<runNumber>".' }),
    augment: t.boolean({ description: 'Expand examples into more records (default true).' }),
    baseModelId: t.id({ description: 'Model to fine-tune; default the smallest base model.' }),
    tags: t.stringList({ description: 'Labels for search and facets.' }),
    parentRunId: t.id({ description: 'The run this one follows.' }),
    environment: t.string({ description: 'Worker environment to train on.' }),
    metadata: t.field({ type: 'JSON', description: 'Any JSON object up to 16 KiB.' }),
    hyperparameters: t.field({ type: RunHyperparametersInputRef, description: 'Training settings.' }),
  }),
});

const FeedbackInputRef = builder.inputType('FeedbackInput', {
  description: 'Feedback to record on a run; replaces earlier feedback.',
  fields: (t) => ({
    score: t.float({ description: 'A rating.' }),
    flags: t.stringList({ description: 'Labels.' }),
    comment: t.string({ description: 'Free text.' }),
  }),
});

const RunPayload = builder.objectRef<{ run: Run }>('RunPayload').implement({
  description: 'The run a mutation created or changed.',
  fields: (t) => ({ run: t.expose('run', { type: RunRef, description: 'The run.' }) }),
});

const idArgs = z.object({ id: Id });

builder.queryFields((t) => ({
  run: t.field({
    type: RunRef,
    nullable: true,
    description: 'A run of your project, or null.',
    args: t.validate({ id: t.arg.id({ required: true, description: "The run's UUID." }) }, idArgs),
    resolve: (_root, { id }, ctx) => runs.findRun(ctx, id),
  }),
  runs: t.connection(
    {
      type: RunRef,
      description: 'Runs across specs, filtered and searched, newest first by default.',
      args: {
        where: t.arg({ type: RunWhereRef, validate: RunWhereInput, description: 'Filter.' }),
        search: t.arg.string({
          validate: Search,
          description:
            'Full text over run name, spec name, tags and error: runs with a word starting with each word of the search (at most 500 characters).',
        }),
        orderBy: t.arg({ type: RunOrderRef, description: 'Sort order (default: newest first).' }),
      },
      resolve: (_root, args, ctx, info) =>
        runs.listRuns(ctx, { where: args.where, search: args.search, orderBy: args.orderBy }, args, runPropsRead(info)),
    },
    RunConnection,
  ),
}));

builder.mutationFields((t) => ({
  startRun: t.field({
    type: RunPayload,
    description: 'Starts a run of a spec. Returns at once in PREPARING; progress streams on runStatus.',
    args: t.validate(
      {
        specId: t.arg.id({ required: true, description: "The spec's UUID." }),
        input: t.arg({ type: StartRunInputRef, description: 'Settings of this run; omitted: the defaults.' }),
      },
      z.object({ specId: Id, input: StartRunInput.nullish().transform((v) => v ?? StartRunInput.parse({})) }),
    ),
    resolve: async (_root, { specId, input }, ctx) => ({ run: await lifecycle.startRun(ctx, specId, input) }),
  }),
  cancelRun: t.field({
    type: RunPayload,
    description: 'Cancels a run that is PREPARING, TRAINING or EVALUATING.',
    args: t.validate({ id: t.arg.id({ required: true, description: "The run's UUID." }) }, idArgs),
    resolve: async (_root, { id }, ctx) => ({ run: await lifecycle.cancelRun(ctx, id) }),
  }),
  setRunFeedback: t.field({
    type: RunPayload,
    description: 'Records feedback on a run.',
    args: t.validate(
      {
        id: t.arg.id({ required: true, description: "The run's UUID." }),
        input: t.arg({
          type: FeedbackInputRef,
          required: true,
          description: 'The feedback, replacing any earlier one.',
        }),
      },
      z.object({ id: Id, input: FeedbackInput }),
    ),
    resolve: async (_root, { id, input }, ctx) => ({ run: await runs.setRunFeedback(ctx, id, input) }),
  }),
  setRunTags: t.field({
    type: RunPayload,
    description: "Replaces a run's tags.",
    args: t.validate(
      {
        id: t.arg.id({ required: true, description: "The run's UUID." }),
        tags: t.arg.stringList({ required: true, description: 'The new tags, replacing the old ones.' }),
      },
      z.object({ id: Id, tags: Tags }),
    ),
    resolve: async (_root, { id, tags }, ctx) => ({ run: await runs.setRunTags(ctx, id, tags) }),
  }),
}));
