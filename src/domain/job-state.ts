import type { JobStatus } from '../db/entities/job.ts';
import { defineStateMachine } from './state-machine.ts';

/** A RUNNING job whose lease is lost goes back to QUEUED for another worker to resume. */
export const jobState = defineStateMachine<JobStatus>('Job', {
  QUEUED: ['RUNNING', 'CANCELLED', 'FAILED'],
  RUNNING: ['QUEUED', 'COMPLETED', 'FAILED', 'CANCELLED'],
  COMPLETED: [],
  FAILED: [],
  CANCELLED: [],
});
