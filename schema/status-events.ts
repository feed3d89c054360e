import { z } from 'zod';
import {
  eventOrThrow,
  followJobStatus,
  followRunStatus,
  MAX_UNREAD_CHANGES,
  type StatusEvent,
} from '../resolvers/status-streams.ts';
import type { Job, JobStatus } from '../src/db/entities/job.ts';
import type { Run, RunStatus } from '../src/db/entities/run.ts';
import { Id } from '../src/domain/inputs/common.ts';
import { builder } from './builder.ts';
import { JobStatusEnum } from './job.ts';
import { JobRef, RunRef } from './refs.ts';
import { RunStatusEnum } from './run-where.ts';

const AT_DESCRIPTION =
  'When the change happened. For the first event, and for a change found by rereading the entity ' +
  '(its message was lost), when the stream read it.';

const RunStatusEvent = builder.objectRef<StatusEvent<Run, RunStatus>>('RunStatusEvent').implement({
  description: 'A run changed status (or, first, its status when you subscribed to one run).',
  fields: (t) => ({
    run: t.expose('entity', { type: RunRef, description: 'The run as committed.' }),
    status: t.expose('status', { type: RunStatusEnum, description: 'The new status.' }),
    previousStatus: t.expose('previousStatus', {
      type: RunStatusEnum,
      nullable: true,
      description: 'null for the first event.',
    }),
    at: t.expose('at', { type: 'DateTime', description: AT_DESCRIPTION }),
  }),
});

const JobStatusEvent = builder.objectRef<StatusEvent<Job, JobStatus>>('JobStatusEvent').implement({
  description: 'A job changed status (or, first, its status when you subscribed to one job).',
  fields: (t) => ({
    job: t.expose('entity', { type: JobRef, description: 'The job as committed.' }),
    status: t.expose('status', { type: JobStatusEnum, description: 'The new status.' }),
    previousStatus: t.expose('previousStatus', {
      type: JobStatusEnum,
      nullable: true,
      description: 'null for the first event.',
    }),
    at: t.expose('at', { type: 'DateTime', description: AT_DESCRIPTION }),
  }),
});

const BEHIND = ` A client that stops reading is held ${MAX_UNREAD_CHANGES} changes; one more ends the stream, after them, with RATE_LIMITED: subscribe again.`;

builder.subscriptionFields((t) => ({
  runStatus: t.field({
    type: RunStatusEvent,
    description: `Status changes of one run, of one spec’s runs, or of all your runs (runId with specId: a run of that spec). One run: completes when it ends.${BEHIND}`,
    args: t.validate(
      {
        runId: t.arg.id({ description: "One run's UUID." }),
        specId: t.arg.id({ description: "One spec's UUID: the changes of its runs." }),
      },
      z.object({ runId: Id.nullish(), specId: Id.nullish() }),
    ),
    subscribe: (_root, args, ctx) => followRunStatus(ctx, args),
    resolve: eventOrThrow,
  }),
  jobStatus: t.field({
    type: JobStatusEvent,
    description: `Status changes of one job, or of all your jobs. One job: completes when it ends.${BEHIND}`,
    args: t.validate(
      { jobId: t.arg.id({ description: "One job's UUID; omitted: every job of the project." }) },
      z.object({ jobId: Id.nullish() }),
    ),
    subscribe: (_root, args, ctx) => followJobStatus(ctx, args),
    resolve: eventOrThrow,
  }),
}));
