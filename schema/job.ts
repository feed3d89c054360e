import { z } from 'zod';
import * as jobs from '../resolvers/jobs.ts';
import * as workers from '../resolvers/workers.ts';
import { JOB_STATUSES, JOB_TYPES, JobSchema, type Job, type JobResult } from '../src/db/entities/job.ts';
import { RunSchema } from '../src/db/entities/run.ts';
import { Id, Text, filterList } from '../src/domain/inputs/common.ts';
import { SubmitJobInput } from '../src/domain/inputs/job.ts';
import { builder, connectionNames } from './builder.ts';
import { describedValues } from './enum-values.ts';
import { isEntity } from './entity-type.ts';
import { DatasetRef, JobRef, ModelRef, RunRef, WorkerRef } from './refs.ts';

const JobTypeEnum = builder.enumType('JobType', {
  description: 'TRAIN grows a model then trains it; FINETUNE adds a LoRA adapter; CONTRACT prunes.',
  values: describedValues<(typeof JOB_TYPES)[number]>({
    TRAIN: 'Grow the model by one transformer block, then train it.',
    FINETUNE: 'Train a LoRA adapter on a dataset; the base model stays frozen.',
    CONTRACT: 'Prune the model to fewer parameters, then train it to recover.',
  }),
});

export const JobStatusEnum = builder.enumType('JobStatus', {
  description:
    'QUEUED -> RUNNING -> COMPLETED | FAILED | CANCELLED. A job whose worker lost its lease stays RUNNING until another worker claims it.',
  values: describedValues<(typeof JOB_STATUSES)[number]>({
    QUEUED: 'Waiting for a worker of its environment (also after a worker handed it back).',
    RUNNING:
      'Claimed by a worker, which renews its lease while its trainer runs; once the lease expires, any worker of its environment may claim it again (an interruption).',
    COMPLETED: 'Finished: `result` is set, and `outputModel` unless its trainer reported no model.',
    FAILED: 'Stopped by an error, or interrupted more than `maxRetries` times; see `error`.',
    CANCELLED: 'Cancelled by a user.',
  }),
});

const JobResultRef = builder.objectRef<JobResult>('JobResult').implement({
  description: "A finished job's headline numbers (Fusion `result`).",
  fields: (t) => ({
    pplBaseline: t.exposeFloat('pplBaseline', { nullable: true, description: 'Held-out perplexity before.' }),
    pplFinal: t.exposeFloat('pplFinal', { nullable: true, description: 'Held-out perplexity after.' }),
    pplDeltaPct: t.exposeFloat('pplDeltaPct', { nullable: true, description: 'Change in perplexity, percent.' }),
    lossFinal: t.exposeFloat('lossFinal', { nullable: true, description: 'Training loss at the last step.' }),
    paramsBefore: t.exposeFloat('paramsBefore', { nullable: true, description: 'Parameters before.' }),
    paramsAfter: t.exposeFloat('paramsAfter', { nullable: true, description: 'Parameters after.' }),
    paramsDelta: t.exposeFloat('paramsDelta', { nullable: true, description: 'paramsAfter - paramsBefore.' }),
    functionPreservation: t.exposeFloat('functionPreservation', {
      nullable: true,
      description: 'Output divergence caused by growth on held-out text; near 0 is clean.',
    }),
    gpuSeconds: t.exposeFloat('gpuSeconds', { nullable: true, description: 'Accelerator (or CPU) seconds used.' }),
    tokensProcessed: t.exposeFloat('tokensProcessed', { nullable: true, description: 'Tokens trained on.' }),
    costUsd: t.exposeFloat('costUsd', {
      nullable: true,
      description:
        'What its compute cost: gpuSeconds at the TRAINYARD_GPU_HOUR_USD of the worker that finished it; null where none is set.',
    }),
  }),
});

JobRef.implement({
  description: 'Work a worker claims: grow-and-train, fine-tune or prune (Fusion semantics).',
  isTypeOf: isEntity(JobSchema),
  fields: (t) => ({
    type: t.expose('type', { type: JobTypeEnum, description: 'What the job does.' }),
    status: t.expose('status', { type: JobStatusEnum, description: 'Lifecycle status.' }),
    idempotencyKey: t.exposeString('idempotencyKey', { description: 'Re-submitting this key returns this job.' }),
    retries: t.exposeInt('retries', {
      description:
        "Times claimed again after the first attempt, each resuming from the last checkpoint (a MetricPoint's attempt is 1 + retries).",
    }),
    interruptions: t.exposeInt('interruptions', {
      description:
        "Attempts that ended without their worker handing the job back cleanly: a worker lost, or an attempt that failed on the worker's side (a trainer that would not start) and went back to the queue. A worker that stops (SIGTERM) hands its job back without one; a trainer that reports an error fails the job.",
    }),
    maxRetries: t.exposeInt('maxRetries', { description: 'Interruptions survived before the job fails.' }),
    lastCheckpointStep: t.exposeInt('lastCheckpointStep', { description: 'Step of the last durable checkpoint.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why the job failed.' }),
    baseModel: t.field({
      type: ModelRef,
      nullable: true,
      description: 'Catalog model it starts from.',
      resolve: (j) => j.baseModelId,
    }),
    sourceModel: t.field({
      type: ModelRef,
      nullable: true,
      description: 'Your model it starts from.',
      resolve: (j) => j.sourceModelId,
    }),
    dataset: t.field({ type: DatasetRef, nullable: true, description: 'Training data.', resolve: (j) => j.datasetId }),
    outputModel: t.field({
      type: ModelRef,
      nullable: true,
      description: 'The model it produced; null until it completes, or if its trainer reported none.',
      resolve: (j) => j.outputModelId,
    }),
    hyperparams: t.expose('hyperparams', { type: 'JSON', description: 'Resolved settings, defaults filled in.' }),
    environment: t.exposeString('environment', { nullable: true, description: 'Worker environment it runs on.' }),
    worker: t.field({
      type: WorkerRef,
      nullable: true,
      description: 'The worker running it.',
      resolve: (j) => j.workerId,
    }),
    eligibleWorkers: t.loadableList({
      type: WorkerRef,
      description:
        'Live workers (idle or busy) that would claim it once it is its turn, or take a RUNNING one over if its worker were lost: those serving its environment (any, for a job without one) and your project, and for a job on a registered Hugging Face model, those whose trainer loads one. Empty for a job that has ended. An empty list on a QUEUED job means no running worker can take it: it waits until one starts.',
      load: (keys: Job[], ctx) => workers.eligibleWorkersOf(ctx, keys),
      loaderOptions: { cacheKeyFn: (job: Job) => job.id },
      resolve: (job) => job,
    }),
    run: t.field({
      type: RunRef,
      nullable: true,
      description: 'The spec run this job trains for.',
      resolve: (job, _args, ctx) => ctx.em.findOne(RunSchema, { jobId: job.id, projectId: job.projectId }),
    }),
    result: t.expose('result', { type: JobResultRef, nullable: true, description: 'Null until the job has one.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was submitted.' }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a worker first started it.',
    }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When it ended.' }),
  }),
});

const JobHyperparamsInputRef = builder.inputType('JobHyperparamsInput', {
  description: 'Fusion job settings. Each job type reads some of them; sending one it does not read is an error.',
  fields: (t) => ({
    outputName: t.string({ description: 'Name of the produced model.' }),
    turns: t.int({ description: 'TRAIN: full training passes (default 1).' }),
    cycles: t.int({ description: 'TRAIN: cycles per turn (default 3).' }),
    stepsPerCycle: t.int({
      description: 'TRAIN: steps per cycle (default 100); turns × cycles × stepsPerCycle at most 1,000,000.',
    }),
    lr: t.float({ description: 'TRAIN, FINETUNE: peak learning rate (default 1e-3).' }),
    seqLen: t.int({ description: "TRAIN, FINETUNE: tokens per sequence (default 64, at most the model's context)." }),
    loraRank: t.int({ description: "FINETUNE: adapter rank (default 32, at most the model's width)." }),
    batchSize: t.int({ description: 'TRAIN and FINETUNE: sequences per optimizer step, 1-1024 (default 8).' }),
    loraAlpha: t.float({ description: 'FINETUNE: adapter scale numerator, alpha / rank (default 2 x loraRank).' }),
    steps: t.int({ description: 'FINETUNE: training steps (default 2000).' }),
    contractionRatio: t.float({
      description:
        'CONTRACT: fraction of MLP neurons pruned, between 0 and 1 exclusive (default 0.5), and enough to prune at least one in some contracted layer.',
    }),
    numLayersToContract: t.int({ description: "CONTRACT: layers pruned (default 8, at most the model's layers)." }),
  }),
});

const SubmitJobInputRef = builder.inputType('SubmitJobInput', {
  description: 'A job to queue.',
  fields: (t) => ({
    type: t.field({ type: JobTypeEnum, required: true, description: 'What to do.' }),
    idempotencyKey: t.string({
      required: true,
      description:
        'Same key + same payload returns the same job; the key is compared exactly as sent, spaces included (1-200 characters, not blank). Keys starting `trainyard:` are reserved for the jobs Trainyard queues itself.',
    }),
    baseModelId: t.id({ description: 'TRAIN (required) or FINETUNE: a catalog or own model.' }),
    sourceModelId: t.id({ description: 'FINETUNE or CONTRACT (required): the model to start from.' }),
    datasetId: t.id({ description: 'TRAIN and FINETUNE (required): training data.' }),
    environment: t.string({ description: 'Only workers of this environment claim it.' }),
    maxRetries: t.int({
      description:
        'Interruptions (lost workers, failed attempts) survived before it fails, 0-10 (default 3); a worker that stops cleanly hands its job back without one.',
    }),
    hyperparams: t.field({ type: JobHyperparamsInputRef, description: 'Settings.' }),
  }),
});

const SubmitJobPayload = builder.objectRef<{ job: Job; created: boolean }>('SubmitJobPayload').implement({
  description: 'The queued job, new or existing.',
  fields: (t) => ({
    job: t.expose('job', { type: JobRef, description: 'The job.' }),
    created: t.exposeBoolean('created', { description: 'false when the idempotency key returned an existing job.' }),
  }),
});

const JobPayload = builder.objectRef<{ job: Job }>('JobPayload').implement({
  description: 'The job a mutation changed.',
  fields: (t) => ({ job: t.expose('job', { type: JobRef, description: 'The job.' }) }),
});

export const JobWhereRef = builder.inputType('JobWhere', {
  description: 'Job filter; lists mean "any of".',
  fields: (t) => ({
    type: t.field({ type: [JobTypeEnum], validate: filterList(z.string()), description: 'Any of these types.' }),
    status: t.field({
      type: [JobStatusEnum],
      validate: filterList(z.string()),
      description: 'Any of these statuses.',
    }),
    environment: t.stringList({
      validate: filterList(Text),
      description: 'Any of these environments.',
    }),
    baseModelId: t.idList({ validate: filterList(Id), description: 'Any of these base models.' }),
  }),
});

builder.queryFields((t) => ({
  job: t.field({
    type: JobRef,
    nullable: true,
    description: 'A job of your project, or null.',
    args: t.validate({ id: t.arg.id({ required: true, description: "The job's UUID." }) }, z.object({ id: Id })),
    resolve: (_root, { id }, ctx) => jobs.findJob(ctx, id),
  }),
  jobs: t.connection(
    {
      type: JobRef,
      description: 'Jobs, newest first.',
      args: { where: t.arg({ type: JobWhereRef, description: 'Filter.' }) },
      resolve: (_root, args, ctx) => jobs.listJobs(ctx, args.where, args),
    },
    ...connectionNames('Job'),
  ),
}));

builder.mutationFields((t) => ({
  submitJob: t.field({
    type: SubmitJobPayload,
    description: 'Queues a job, or returns the one already queued under this idempotency key.',
    args: t.validate(
      { input: t.arg({ type: SubmitJobInputRef, required: true, description: 'The job to queue.' }) },
      z.object({ input: SubmitJobInput }),
    ),
    resolve: (_root, { input }, ctx) => jobs.submitJob(ctx, input),
  }),
  cancelJob: t.field({
    type: JobPayload,
    description: 'Cancels a QUEUED or RUNNING job.',
    args: t.validate({ id: t.arg.id({ required: true, description: "The job's UUID." }) }, z.object({ id: Id })),
    resolve: async (_root, { id }, ctx) => ({ job: await jobs.cancelJob(ctx, id) }),
  }),
}));
