import type { JobType } from '../db/entities/job.ts';
import type { FieldProblem } from './errors.ts';
import {
  HYPERPARAMS_BY_TYPE,
  HYPERPARAM_DEFAULTS,
  JOB_LIMITS,
  type JobHyperparamName,
  type SubmitJobInput,
} from './inputs/job.ts';
import type { TransformerArchitecture } from './model-catalog.ts';

/** What validation needs to know of a model a job starts from (model-formats.ts). */
export type ModelShape = Pick<TransformerArchitecture, 'nLayers' | 'contextLength'> & {
  /** The residual width, where the architecture says (Hugging Face registrations do not). */
  dModel: number | null;
};

/** Why a model without a `ModelShape` cannot start a job or a run. */
export const NOT_TRAINABLE = 'has no architecture to train from (a fine-tuned adapter): start from its base model';

/**
 * The shape of a model a job can start from, or undefined for one it cannot: a Hugging Face
 * fine-tune is a LoRA adapter, whose config holds its files and not an architecture.
 */
export function modelShape(model: { config: Record<string, unknown> }): ModelShape | undefined {
  const architecture = model.config.architecture as Partial<TransformerArchitecture> | undefined;
  return typeof architecture?.nLayers === 'number' && typeof architecture.contextLength === 'number'
    ? {
        nLayers: architecture.nLayers,
        contextLength: architecture.contextLength,
        dModel: typeof architecture.dModel === 'number' ? architecture.dModel : null,
      }
    : undefined;
}

/**
 * Why a LoRA adapter of `rank` does not fit the model, or null: a rank past the model's width,
 * the narrowest side of most matrices it adapts, adds parameters and nothing else. (A pruned
 * model's MLP can be narrower still; a rank between the two is allowed, and only wastes
 * parameters on those matrices.)
 */
export function loraRankProblem(rank: number, model: { name: string; architecture: ModelShape }): string | null {
  const { dModel } = model.architecture;
  return dModel !== null && rank > dModel ? `must be at most ${dModel}, the width of ${model.name}` : null;
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
  const rankProblem = typeof hyperparams.loraRank === 'number' && loraRankProblem(hyperparams.loraRank, model);
  if (rankProblem) problems.push({ path: `${PATH}.loraRank`, message: rankProblem });
  const { turns, cycles, stepsPerCycle } = hyperparams;
  if (typeof turns === 'number' && typeof cycles === 'number' && typeof stepsPerCycle === 'number') {
    const steps = turns * cycles * stepsPerCycle;
    if (steps > JOB_LIMITS.steps) {
      problems.push({
        path: `${PATH}.stepsPerCycle`,
        message: `makes ${steps} steps (turns × cycles × stepsPerCycle): a job takes at most ${JOB_LIMITS.steps}`,
      });
    }
  }
  return { hyperparams, problems };
}
