import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Where tests keep pretrained base models: shared by every test run on a checkout, so the tiny
 * base is pretrained once (about a minute on two cores) and reused after.
 */
export const MODEL_CACHE = join(process.cwd(), 'node_modules', '.cache', 'trainyard-models');

/** Builds the tiny base before any test starts, rather than in several test files at once. */
export async function pretrainTinyBase(): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'workers/trainers/tfjs/pretrain.ts', 'trainyard-byte-tiny'],
    { env: { ...process.env, TRAINYARD_MODEL_CACHE: MODEL_CACHE } },
  );
}
