import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DatasetRecordSchema } from '../src/db/entities/dataset.ts';
import type { Job } from '../src/db/entities/job.ts';
import { ModelSchema } from '../src/db/entities/model.ts';
import { materializeModel } from '../src/models/model-files.ts';
import type { Lease } from '../src/queue/lease.ts';
import type { TrainerJob } from './protocol.ts';

const EXPORT_PAGE = 1000;

/** A job's working directory: the same for every attempt on this worker's storage. */
const workDirFor = (workRoot: string, jobId: string) => join(workRoot, jobId);

/**
 * Streams a dataset's records to JSONL for the trainer: `{"prompt","completion"}` per line, with
 * the `group` of a compiled spec's record (its example, shared by the example's rewrites), so a
 * trainer holds out whole examples.
 */
async function exportDataset(em: SqlEntityManager, datasetId: string, path: string): Promise<void> {
  const out = createWriteStream(path);
  let after = -1;
  for (;;) {
    const page = await em.find(
      DatasetRecordSchema,
      { datasetId, position: { $gt: after } },
      { orderBy: { position: 'asc' }, limit: EXPORT_PAGE },
    );
    for (const record of page) {
      const group = record.provenance?.seedIndex;
      const line = {
        prompt: record.prompt,
        completion: record.completion,
        ...(Number.isInteger(group) ? { group } : {}),
      };
      if (!out.write(`${JSON.stringify(line)}\n`)) {
        await once(out, 'drain');
      }
    }
    if (page.length < EXPORT_PAGE) break;
    after = page[page.length - 1]!.position;
  }
  out.end();
  await once(out, 'finish');
}

/**
 * Lays out a job's working directory (job file, dataset export; checkpoints go here too) and
 * returns the path of the job file the trainer reads.
 */
export async function prepareWorkspace(
  em: SqlEntityManager,
  dirs: { workRoot: string; modelsDir: string },
  job: Job,
  lease: Lease,
): Promise<string> {
  const workDir = workDirFor(dirs.workRoot, job.id);
  await mkdir(workDir, { recursive: true });
  const modelId = job.sourceModelId ?? job.baseModelId;
  const model = modelId ? await em.findOneOrFail(ModelSchema, { id: modelId }) : null;
  if (!model) throw new Error(`job ${job.id} names no model to start from`);
  const datasetPath = job.datasetId ? join(workDir, 'dataset.jsonl') : null;
  if (job.datasetId && datasetPath) await exportDataset(em, job.datasetId, datasetPath);
  const trainerJob: TrainerJob = {
    jobId: job.id,
    type: job.type,
    attempt: lease.attempt,
    hyperparams: job.hyperparams,
    model: {
      id: model.id,
      name: model.name,
      params: model.params,
      config: await materializeModel(em, model, dirs.modelsDir),
    },
    datasetPath,
    workDir,
    resumeFrom:
      job.lastCheckpointStep > 0 && job.checkpointUri ? { step: job.lastCheckpointStep, uri: job.checkpointUri } : null,
  };
  const jobFile = join(workDir, `job.attempt-${lease.attempt}.json`);
  await writeFile(jobFile, JSON.stringify(trainerJob, null, 2));
  return jobFile;
}

/**
 * Deletes a checkpoint that a newer durable one superseded: no attempt resumes from it any more.
 * Only a `file:` checkpoint inside the job's own working directory; whatever a trainer stored
 * elsewhere is the trainer's to manage.
 */
export async function discardCheckpoint(workRoot: string, jobId: string, uri: string | null): Promise<void> {
  if (!uri?.startsWith('file:')) return;
  const path = fileURLToPath(uri);
  const inside = relative(workDirFor(workRoot, jobId), path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
  await rm(path, { recursive: true, force: true });
}

/**
 * Deletes a job's working directory (dataset export, checkpoints, output files) once the job is
 * terminal: its output model is in the database by then, and no attempt will resume it.
 */
export async function removeWorkspace(workRoot: string, jobId: string): Promise<void> {
  await rm(workDirFor(workRoot, jobId), { recursive: true, force: true });
}
