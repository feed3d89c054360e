import type { JobType } from '../db/entities/job.ts';
import type { FieldProblem } from './errors.ts';
import { HYPERPARAMS_BY_TYPE, HYPERPARAM_DEFAULTS, type JobHyperparamName, type SubmitJobInput } from './inputs/job.ts';
import type { TransformerArchitecture } from './model-catalog.ts';

/** What validation needs to know of a model a job starts from (model-formats.ts). */
export type ModelShape = Pick<TransformerArchitecture, 'nLayers' | 'contextLength'>;

/** Why a model without a `ModelShape` cannot start a job or a run. */
export const NOT_TRAINABLE = 'has no architecture to train from (a fine-tuned adapter): start from its base model';

/**
 * The shape of a model a job can start from, or undefined for one it cannot: a Hugging Face
 * fine-tune is a LoRA adapter, whose config holds its files and not an architecture.
 */
export function modelShape(model: { config: Record<string, unknown> }): ModelShape | undefined {
  const architecture = model.config.architecture as Partial<ModelShape> | undefined;
  return typeof architecture?.nLayers === 'number' && typeof architecture.contextLength === 'number'
    ? { nLayers: architecture.nLayers, contextLength: architecture.contextLength }
    : undefined;
}

export type ResolvedHyperparams = Partial<Record<JobHyperparamName, string | number>>;

const PATH = 'input.hyperparams';

/**
 * Fills in defaults for the knobs a job type reads and checks them against the model they
 * will run on. A knob the type does not read is an error: nothing a user sends is dropped.
 */
export function resolveHyperparams(
  type: JobType,
  given: SubmitJobInput['hyperparams'],
  model: { name: string; architecture: ModelShape },
): { hyperparams: ResolvedHyperparams; problems: FieldProblem[] } {
  const allowed = HYPERPARAMS_BY_TYPE[type];
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(given)) {
    if (value !== undefined && !allowed.includes(name as JobHyperparamName)) {
      problems.push({ path: `${PATH}.${name}`, message: `is not used by ${type} jobs` });
    }
  }
  const { nLayers, contextLength } = model.architecture;
  const defaults: ResolvedHyperparams = {
    ...HYPERPARAM_DEFAULTS,
    seqLen: Math.min(HYPERPARAM_DEFAULTS.seqLen, contextLength),
    numLayersToContract: Math.min(HYPERPARAM_DEFAULTS.numLayersToContract, nLayers),
    loraAlpha: 2 * (given.loraRank ?? HYPERPARAM_DEFAULTS.loraRank),
    outputName: `${model.name}-${type.toLowerCase()}`,
  };
  const hyperparams: ResolvedHyperparams = {};
  for (const name of allowed) hyperparams[name] = given[name] ?? defaults[name];

  if (typeof hyperparams.seqLen === 'number' && hyperparams.seqLen > contextLength) {
    problems.push({ path: `${PATH}.seqLen`, message: `must be at most ${contextLength}, the model's context length` });
  }
  if (typeof hyperparams.numLayersToContract === 'number' && hyperparams.numLayersToContract > nLayers) {
    problems.push({
      path: `${PATH}.numLayersToContract`,
      message: `must be at most ${nLayers}: ${model.name} has ${nLayers} layers`,
    });
  }
  return { hyperparams, problems };
}
