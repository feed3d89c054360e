/**
 * `npm run pretrain [-- <model name>…]`: builds the catalog's base models into the model cache
 * (TRAINYARD_MODEL_CACHE, default <TRAINYARD_DATA_DIR>/model-cache). Trainers build a missing
 * base on first use anyway; this does it ahead of time, e.g. when provisioning a worker.
 */
import { BASE_MODEL_CATALOG } from '../../../src/domain/model-catalog.ts';
import { loadTf } from './backend.ts';
import { baseWeights } from './base-models.ts';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !BASE_MODEL_CATALOG.some((entry) => entry.name === name));
if (unknown.length > 0) throw new Error(`not in the catalog: ${unknown.join(', ')}`);

const tf = await loadTf();
for (const entry of BASE_MODEL_CATALOG) {
  if (wanted.length > 0 && !wanted.includes(entry.name)) continue;
  const started = performance.now();
  tf.dispose(Object.values(await baseWeights(tf, entry.architecture)));
  console.log(`${entry.name}: ready (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
