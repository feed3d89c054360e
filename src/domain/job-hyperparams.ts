import type { JobType } from '../db/entities/job.ts';
import type { FieldProblem } from './errors.ts';
import {
  HYPERPARAMS_BY_TYPE,
  HYPERPARAM_DEFAULTS,
  JOB_LIMITS,
  type JobHyperparamName,
  type SubmitJobInput,
} from './inputs/job.ts';
import { mlpWidth, type PrunableArchitecture, type TransformerArchitecture } from './model-catalog.ts';

/** What validation needs to know of a model a job starts from (model-formats.ts). */
export type ModelShape = Pick<TransformerArchitecture, 'nLayers' | 'contextLength'> & {
  /** The residual width, where the architecture says (Hugging Face registrations do not). */
  dModel: number | null;
  /** Each layer's MLP width (`mlpWidth`), where the architecture says. */
  mlpWidths: number[] | null;
};

/** Why a model without a `ModelShape` cannot start a job or a run. */
export const NOT_TRAINABLE = 'has no architecture to train from (a fine-tuned adapter): start from its base model';

/**
 * The shape of a model a job can start from, or undefined for one it cannot: a Hugging Face
 * fine-tune is a LoRA adapter, whose config holds its files and not an architecture.
 */
export function modelShape(model: { config: Record<string, unknown> }): ModelShape | undefined {
  const architecture = model.config.architecture as
    (Partial<TransformerArchitecture> & { mlpHidden?: unknown }) | undefined;
  if (typeof architecture?.nLayers !== 'number' || typeof architecture.contextLength !== 'number') return undefined;
  const { nLayers, contextLength, dModel, mlpRatio, mlpHidden } = architecture;
  // A CONTRACT job's output keeps its pruned widths in `mlpHidden` (both trainers write it).
  const pruned =
    Array.isArray(mlpHidden) && mlpHidden.length === nLayers && mlpHidden.every((width) => typeof width === 'number');
  const uniform = typeof dModel === 'number' && typeof mlpRatio === 'number';
  return {
    nLayers,
    contextLength,
    dModel: typeof dModel === 'number' ? dModel : null,
    mlpWidths:
      pruned || uniform
        ? Array.from({ length: nLayers }, (_, layer) => mlpWidth(architecture as PrunableArchitecture, layer))
        : null,
  };
}

/**
 * Why pruning `ratio` of the MLP neurons of the model's last `layers` layers removes none, or
 * null: each keeps max(1, round(width × (1 - ratio))) of them, as both trainers do (prune.ts,
 * surgery.py), so a ratio of at most 0.5 / width leaves every layer whole and the job would
 * only retrain. The widest layer is the first to lose a neuron.
 */
function contractionProblem(
  ratio: number,
  layers: number,
  model: { name: string; architecture: ModelShape },
): string | null {
  const widths = model.architecture.mlpWidths?.slice(-layers);
  if (!widths?.length) return null;
  const widest = Math.max(...widths);
  if (Math.max(1, Math.round(widest * (1 - ratio))) < widest) return null;
  if (widest === 1)
    return `prunes no neuron: the contracted MLPs of ${model.name} have one neuron each, and pruning keeps one`;
  return `prunes no neuron: ${ratio} of the ${widest} neurons of ${model.name}'s widest contracted MLP rounds to none (${smallestPruning(widest)} prunes one)`;
}

/** The shortest decimal ratio that prunes one of `width` neurons: the first past 0.5 / width. */
function smallestPruning(width: number): number {
  const threshold = 0.5 / width;
  const step = 10 ** (Math.floor(Math.log10(threshold)) - 1);
  return Number(((Math.floor(threshold / step) + 1) * step).toPrecision(2));
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
  const { contractionRatio, numLayersToContract } = hyperparams;
  const pruneProblem =
    typeof contractionRatio === 'number' &&
    typeof numLayersToContract === 'number' &&
    numLayersToContract <= nLayers &&
    contractionProblem(contractionRatio, numLayersToContract, model);
  if (pruneProblem) problems.push({ path: `${PATH}.contractionRatio`, message: pruneProblem });
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
