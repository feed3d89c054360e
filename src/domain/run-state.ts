import type { RunStatus } from '../db/entities/run.ts';
import { defineStateMachine } from './state-machine.ts';

/** PREPARING -> TRAINING -> EVALUATING -> COMPLETED; any live status may fail or be cancelled. */
export const runState = defineStateMachine<RunStatus>('Run', {
  PREPARING: ['TRAINING', 'FAILED', 'CANCELLED'],
  TRAINING: ['EVALUATING', 'FAILED', 'CANCELLED'],
  EVALUATING: ['COMPLETED', 'FAILED', 'CANCELLED'],
  COMPLETED: [],
  FAILED: [],
  CANCELLED: [],
});
