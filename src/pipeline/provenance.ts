/** The local augmenter's transformations (local-augmenter.ts documents each). */
export type LocalTransform = 'prefix' | 'casing' | 'punctuation' | 'template';

/** How a dataset record came to be: the spec example itself, an LLM's rewrite, or a local one. */
export type AugmentationMethod = 'llm' | `local:${LocalTransform}`;

/**
 * Stored on every compiled dataset record. `seedIndex` is the example's index in the run's spec
 * snapshot; `model` names the LLM that wrote an `llm` input.
 */
export type Provenance = {
  seedIndex: number;
  method: 'seed' | AugmentationMethod;
  model?: string;
};

/** A new input for a spec example; its expected output is the example's own. */
export interface AugmentedInput {
  seedIndex: number;
  input: string;
  method: AugmentationMethod;
  model?: string;
}
