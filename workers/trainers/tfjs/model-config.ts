import type { ModelArchitecture } from './model.ts';

/**
 * What a model row's `config` holds for this trainer. Catalog base models carry only their
 * architecture (their weights are pretrained on first use, see base-models.ts); trained models
 * name their files in `files` (file:// URIs the worker uploads to PostgreSQL and materialises
 * again wherever the model is used).
 */
export interface ModelConfig {
  format?: typeof FORMAT;
  architecture: ModelArchitecture;
  /** Full weights (TRAIN, CONTRACT, or a FINETUNE of a non-base model, merged). */
  files?: { weights?: string; adapter?: string };
  /** A FINETUNE of a catalog base: only the adapter is stored, applied to the rebuilt base. */
  lora?: { rank: number; alpha: number };
}

/** Shared by both built-in trainers: either loads the other's weight files. */
export const FORMAT = 'trainyard-weights/1';

export const filePath = (uri: string) => new URL(uri).pathname;
