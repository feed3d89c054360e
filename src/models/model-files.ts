import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { ModelFileSchema } from '../db/entities/model-file.ts';
import type { Model } from '../db/entities/model.ts';

/**
 * Trained models outlive the machine that trained them. A trainer names its output files in
 * `config.files` as file:// URIs (PROTOCOL.md); the worker stores each in PostgreSQL and records
 * it as `model-file:<name>`. Whoever uses the model later (a worker on another machine, the
 * API generating text) materialises the files into its own directory and gets file:// URIs back.
 */
const STORED = 'model-file:';

type Files = Record<string, string>;
const filesOf = (config: Record<string, unknown>) => (config.files ?? {}) as Files;

/** Uploads the files a trainer wrote; returns the config to keep on the model row. */
export async function storeModelFiles(
  tx: SqlEntityManager,
  model: Pick<Model, 'id' | 'projectId'>,
  config: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const files = filesOf(config);
  if (Object.keys(files).length === 0) return config;
  const stored: Files = {};
  for (const [name, uri] of Object.entries(files)) {
    if (!uri.startsWith('file://')) throw new Error(`output file ${name} is not a file:// URI: ${uri}`);
    const bytes = await readFile(new URL(uri));
    await tx.insert(ModelFileSchema, {
      modelId: model.id,
      name,
      projectId: model.projectId,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    stored[name] = `${STORED}${name}`;
  }
  return { ...config, files: stored };
}

/**
 * The model's config with its stored files written under `dir/<modelId>/` (once; later calls
 * reuse them) and named by file:// URIs, ready for a trainer or the inference process.
 */
export async function materializeModel(
  em: SqlEntityManager,
  model: Pick<Model, 'id' | 'config'>,
  dir: string,
): Promise<Record<string, unknown>> {
  const files = filesOf(model.config);
  if (Object.keys(files).length === 0) return model.config;
  const local: Files = {};
  for (const [name, ref] of Object.entries(files)) {
    if (!ref.startsWith(STORED)) {
      local[name] = ref;
      continue;
    }
    const path = join(dir, model.id, `${name}.tyw`);
    if (!existsSync(path)) {
      const row = await em.findOneOrFail(
        ModelFileSchema,
        { modelId: model.id, name },
        { populate: ['bytes'], disableIdentityMap: true },
      );
      await mkdir(join(dir, model.id), { recursive: true });
      // Unique per write: workers on other machines share this directory (README), and a
      // process id is no name of its own there (containers often all run as pid 1).
      const partial = `${path}.${randomUUID()}.partial`;
      await writeFile(partial, row.bytes);
      await rename(partial, path);
    }
    local[name] = `file://${path}`;
  }
  return { ...model.config, files: local };
}
