import type { Model } from '../db/entities/model.ts';

/**
 * A model row's `config.format` says which trainer can load it. Catalog bases and the built-in
 * trainers' outputs are byte-level transformers; a registered Hugging Face directory (README:
 * "Running workers on GPU machines") has this format, and an `architecture` holding only what
 * job validation reads (`contextLength`, `nLayers`).
 */
export const HUGGING_FACE_FORMAT = 'huggingface/1';

export const isHuggingFaceModel = (model: Pick<Model, 'config'>) => model.config.format === HUGGING_FACE_FORMAT;
