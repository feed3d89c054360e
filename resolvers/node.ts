import type { Context } from '../src/context.ts';
import { ApiKeySchema } from '../src/db/entities/api-key.ts';
import { BehaviorSpecSchema } from '../src/db/entities/behavior-spec.ts';
import { DatasetSchema } from '../src/db/entities/dataset.ts';
import { EvalSchema } from '../src/db/entities/eval.ts';
import { JobSchema } from '../src/db/entities/job.ts';
import { ModelSchema } from '../src/db/entities/model.ts';
import { ProjectSchema } from '../src/db/entities/project.ts';
import { RunSchema } from '../src/db/entities/run.ts';
import { WorkerSchema } from '../src/db/entities/worker.ts';
import { projectIdOf } from './scope.ts';

/** Tables whose rows are Nodes, with how "belongs to the caller" reads for each. */
const NODE_TABLES: readonly { entity: { meta: { className: string } }; table: string; owner: string }[] = [
  { entity: RunSchema, table: 'run', owner: 'project_id = ?' },
  { entity: JobSchema, table: 'job', owner: 'project_id = ?' },
  { entity: BehaviorSpecSchema, table: 'behavior_spec', owner: 'project_id = ? and deleted_at is null' },
  { entity: DatasetSchema, table: 'dataset', owner: 'project_id = ?' },
  { entity: ModelSchema, table: 'model', owner: 'project_id = ?' },
  { entity: EvalSchema, table: 'eval', owner: 'project_id = ?' },
  { entity: ApiKeySchema, table: 'api_key', owner: 'project_id = ?' },
  { entity: ProjectSchema, table: 'project', owner: 'id = ?' },
  { entity: WorkerSchema, table: 'worker', owner: '(project_id is null or project_id = ?)' },
];

/**
 * Resolves any Node by its bare UUID: one UNION query finds which table holds it (within the
 * caller's project), then the row is loaded as its entity.
 */
export async function findNode(ctx: Context, id: string): Promise<object | null> {
  const projectId = projectIdOf(ctx);
  const sql = NODE_TABLES.map(
    (t, index) => `select ${index} as kind from "${t.table}" where id = ? and ${t.owner}`,
  ).join(' union all ');
  const params = NODE_TABLES.flatMap(() => [id, projectId]);
  const [hit] = await ctx.em.execute<{ kind: number }[]>(`${sql} limit 1`, params);
  const table = hit ? NODE_TABLES[hit.kind] : undefined;
  return table ? ctx.em.findOne<{ id: string }>(table.entity.meta.className, { id }) : null;
}
