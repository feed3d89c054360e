/**
 * The built-in trainer: a separate program the worker spawns for each job attempt, speaking
 * workers/trainers/PROTOCOL.md. `node --import tsx workers/trainers/tfjs/main.ts --job <file>`,
 * or `--serve-generation` for the API's long-lived generation process.
 */
import { readFileSync } from 'node:fs';
import type { TrainerJob } from '../../protocol.ts';
import { loadTf } from './backend.ts';
import { contract, finetune, train } from './jobs.ts';
import { emit } from './report.ts';

if (process.argv.includes('--serve-generation')) {
  const { serveGeneration } = await import('./serve-generation.ts');
  await serveGeneration();
  process.exit(0);
}

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
