/**
 * The built-in trainer: a separate program the worker spawns for each job attempt, speaking
 * workers/trainers/PROTOCOL.md. `node --import tsx workers/trainers/tfjs/main.ts --job <file>`.
 */
import { readFileSync } from 'node:fs';
import type { TrainerJob } from '../../protocol.ts';
import { loadTf } from './backend.ts';
import { contract, finetune, train } from './jobs.ts';
import { emit } from './report.ts';

const jobFile = process.argv[process.argv.indexOf('--job') + 1];
if (!jobFile) throw new Error('usage: main.ts --job <job.json>');
const job = JSON.parse(readFileSync(jobFile, 'utf8')) as TrainerJob;

try {
  const tf = await loadTf();
  await { FINETUNE: finetune, TRAIN: train, CONTRACT: contract }[job.type](tf, job);
  process.exit(0);
} catch (error) {
  await emit({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
