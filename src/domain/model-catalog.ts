/**
 * The base models every project starts with: small byte-level decoder-only transformers that
 * the built-in trainer can pretrain and fine-tune on a CPU. `params` is computed from the
 * architecture, never typed in.
 */
export interface TransformerArchitecture {
  family: 'byte-transformer';
  vocabSize: number;
  contextLength: number;
  dModel: number;
  nLayers: number;
  nHeads: number;
  /** Hidden width of each MLP block, as a multiple of dModel. */
  mlpRatio: number;
}

/** A transformer as a CONTRACT job leaves it: `mlpHidden` holds each layer's pruned MLP width. */
export type PrunableArchitecture = TransformerArchitecture & { mlpHidden?: number[] };

/** The MLP width of `layer`: its pruned width, else dModel × mlpRatio. */
export const mlpWidth = (a: PrunableArchitecture, layer: number) => a.mlpHidden?.[layer] ?? a.dModel * a.mlpRatio;

export interface CatalogEntry {
  name: string;
  description: string;
  architecture: TransformerArchitecture;
}

const byteTransformer = (overrides: Pick<TransformerArchitecture, 'dModel' | 'nLayers' | 'nHeads'>) => ({
  family: 'byte-transformer' as const,
  vocabSize: 256,
  contextLength: 128,
  mlpRatio: 4,
  ...overrides,
});

export const BASE_MODEL_CATALOG: readonly CatalogEntry[] = [
  {
    name: 'trainyard-byte-tiny',
    description: '2 layers, 64 wide: trains in seconds on a laptop CPU',
    architecture: byteTransformer({ dModel: 64, nLayers: 2, nHeads: 4 }),
  },
  {
    name: 'trainyard-byte-small',
    description: '4 layers, 128 wide: better text, still CPU friendly',
    architecture: byteTransformer({ dModel: 128, nLayers: 4, nHeads: 4 }),
  },
];

/**
 * Parameters of a pre-norm transformer with learned positions, biases on every projection and
 * an output head tied to the token embedding.
 */
export function countParams(a: TransformerArchitecture): number {
  const d = a.dModel;
  const hidden = d * a.mlpRatio;
  const embeddings = a.vocabSize * d + a.contextLength * d;
  const attention = 4 * (d * d + d);
  const mlp = d * hidden + hidden + hidden * d + d;
  const norms = 2 * (2 * d);
  return embeddings + a.nLayers * (attention + mlp + norms) + 2 * d;
}
