import { randomUUID } from 'node:crypto';
import type { Context } from '../src/context.ts';
import { DatasetRecordSchema, DatasetSchema, type Dataset } from '../src/db/entities/dataset.ts';
import type { CreateDatasetInput } from '../src/domain/inputs/dataset.ts';
import { estimateTokens } from '../src/domain/token-estimate.ts';
import { keysetConnection, type ConnectionArgs } from './connection.ts';
import { findInProject, projectIdOf } from './scope.ts';

const INSERT_CHUNK_ROWS = 5000;

export function findDataset(ctx: Context, id: string): Promise<Dataset | null> {
  return findInProject(ctx, DatasetSchema, id);
}

export function listDatasets(ctx: Context, args: ConnectionArgs) {
  return keysetConnection(args, {
    em: ctx.em,
    entity: DatasetSchema,
    where: { projectId: projectIdOf(ctx) },
    orderBy: 'createdAt',
    direction: 'desc',
  });
}

/** Records in upload order. */
export function listRecords(ctx: Context, dataset: Dataset, args: ConnectionArgs) {
  return keysetConnection(args, {
    em: ctx.em,
    entity: DatasetRecordSchema,
    where: { datasetId: dataset.id, projectId: dataset.projectId },
    orderBy: 'position',
    direction: 'asc',
  });
}

/** The dataset and all its records in one transaction: a rejected upload leaves nothing behind. */
export async function createDataset(ctx: Context, input: CreateDatasetInput): Promise<Dataset> {
  const projectId = projectIdOf(ctx);
  const bytes = input.records.reduce(
    (sum, r) => sum + Buffer.byteLength(r.prompt) + Buffer.byteLength(r.completion),
    0,
  );
  return ctx.em.transactional(async (em) => {
    const dataset = em.create(DatasetSchema, {
      id: randomUUID(),
      projectId,
      name: input.name,
      source: 'upload',
      recordCount: input.records.length,
      tokenEstimate: estimateTokens(bytes),
      bytes,
    });
    await em.flush();
    const rows = input.records.map((record, position) => ({
      id: randomUUID(),
      projectId,
      datasetId: dataset.id,
      position,
      prompt: record.prompt,
      completion: record.completion,
      provenance: null,
    }));
    // Chunked to stay under PostgreSQL's 65,535 bind parameters per statement.
    for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
      await em.insertMany(DatasetRecordSchema, rows.slice(start, start + INSERT_CHUNK_ROWS));
    }
    return dataset;
  });
}
