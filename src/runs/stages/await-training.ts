import { JobSchema } from '../../db/entities/job.ts';
import { withRunLease } from '../pipeline-lease.ts';
import { publishRunStatus, transitionRun } from '../run-transitions.ts';
import type { StageContext, StageOutcome } from './stage.ts';

/** How often a run in TRAINING looks at its job: one primary-key read, so often is cheap. */
const TRAINING_POLL_MS = 500;

/**
 * TRAINING -> EVALUATING once the run's job completed, with the job's output model and cost;
 * FAILED with the job's error when it failed; CANCELLED when someone cancelled the job itself.
 */
export async function awaitTraining({ services, em, run, lease }: StageContext): Promise<StageOutcome> {
  const job = await em.findOneOrFail(JobSchema, { id: run.jobId! }, { disableIdentityMap: true });
  if (job.status === 'QUEUED' || job.status === 'RUNNING') return { next: 'later', afterMs: TRAINING_POLL_MS };

  const transition = await withRunLease(em, lease, (tx, locked) => {
    const event = { jobId: job.id, jobStatus: job.status };
    if (job.status === 'COMPLETED') {
      return transitionRun(
        tx,
        locked,
        'EVALUATING',
        { modelId: job.outputModelId, costUsd: job.result?.costUsd ?? null },
        event,
      );
    }
    if (job.status === 'CANCELLED')
      return transitionRun(tx, locked, 'CANCELLED', { costUsd: job.result?.costUsd ?? null }, event);
    return transitionRun(
      tx,
      locked,
      'FAILED',
      {
        error: `The fine-tuning job failed: ${job.error ?? 'no error was reported'}`,
        costUsd: job.result?.costUsd ?? null,
      },
      event,
    );
  });
  publishRunStatus(services.pubsub, transition.run, transition.previous);
  return transition.run.status === 'EVALUATING' ? { next: 'now' } : { next: 'done' };
}
