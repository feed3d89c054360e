import type { GraphQLResolveInfo } from 'graphql';
import type { RunProp } from '../resolvers/run-list.ts';
import { selectedNodeFields } from './selected-fields.ts';

/** What the Run fields that are not exposed properties read from the run. */
const RUN_FIELD_READS: Partial<Record<string, readonly RunProp[]>> = {
  id: ['id'],
  spec: ['specId'],
  specSnapshot: ['id'],
  dataset: ['datasetId'],
  job: ['jobId'],
  model: ['modelId'],
  baseModel: ['baseModelId'],
  evals: ['id', 'projectId'],
  parent: ['parentId'],
  children: ['id'],
};

/**
 * The run properties that the Run fields a connection's query selects read: an exposed field
 * names its property (Pothos' `pothosExposedField`), the others are listed above. null (read the
 * whole run) when a selected field is in neither, such as one added to Run in another file.
 * For every connection of runs: `runs`, Run.children and Spec.runs.
 */
export function runPropsRead(info: GraphQLResolveInfo): RunProp[] | null {
  const { type, fields } = selectedNodeFields(info);
  const props = new Set<RunProp>();
  for (const name of fields) {
    if (name === '__typename') continue;
    const exposed = type.getFields()[name]?.extensions?.pothosExposedField;
    const reads = typeof exposed === 'string' ? [exposed as RunProp] : RUN_FIELD_READS[name];
    if (!reads) return null;
    for (const prop of reads) props.add(prop);
  }
  return [...props];
}
