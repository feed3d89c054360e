/**
 * `trainingRecommendation` (Fusion seed, "Recommended config"): a starting point and a safe window
 * for a model and a dataset. Learning rate scales with model size, training amount with dataset
 * size. The formulas are documented in README.md ("Training recommendations") and here:
 *
 * - Learning rate: the fit of Kaplan et al. (2020, "Scaling Laws for Neural Language Models",
 *   appendix D.1), `lr(N) = 0.003239 - 0.0001395 * ln(N)` for N non-embedding-ish parameters,
 *   clamped to [1e-5, 3e-3]. It gives about 7.7e-5 for a 7B model (the seed's example: 7e-5) and
 *   about 1.6e-3 for our 125k-parameter tiny model. Window: half to twice the recommendation.
 * - Training amount: three epochs over the dataset (`TARGET_EPOCHS`), at `BATCH_SEQUENCES`
 *   sequences of `seqLen` tokens per step, never fewer than `MIN_TOTAL_STEPS` steps. TRAIN jobs
 *   split it into `turns` x `cycles` x `stepsPerCycle`; FINETUNE jobs read `steps`.
 */
import { JOB_LIMITS } from './inputs/job.ts';

const TARGET_EPOCHS = 3;
const BATCH_SEQUENCES = 8;
const MIN_TOTAL_STEPS = 100;
const TURNS = 2;
const MAX_STEPS_PER_CYCLE = 1000;
const CYCLES_RANGE = { min: 3, max: 10 };
const LR_RANGE = { min: 1e-5, max: 3e-3 };
const DEFAULT_SEQ_LEN = 256;
const SMALL_DATASET_TOKENS = 10_000;

const DISCLAIMER = 'Recommended starting points — tune within the window for your model and data.';

export interface RecommendationSubject {
  modelParams: number;
  datasetTokens: number;
  /** The model's context length, when the model is known; caps the sequence length. */
  contextLength: number | null;
}

export interface TrainingRecommendation {
  modelParams: number;
  datasetTokensEst: number;
  recommended: {
    turns: number;
    cycles: number;
    stepsPerCycle: number;
    steps: number;
    lr: number;
    seqLen: number;
  };
  windows: Record<'turns' | 'cycles' | 'stepsPerCycle' | 'steps' | 'lr' | 'seqLen', { min: number; max: number }>;
  notes: string[];
  disclaimer: string;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Two significant digits: a recommendation, not a measurement. */
const round2 = (value: number) => Number(value.toPrecision(2));

function learningRateFor(params: number): number {
  return round2(clamp(0.003239 - 0.0001395 * Math.log(params), LR_RANGE.min, LR_RANGE.max));
}

/** 7000000000 -> "7B", 124672 -> "125K": how people name model sizes. */
function humanCount(value: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [scale, suffix] of units) {
    if (value >= scale) return `${Number((value / scale).toPrecision(2))}${suffix}`;
  }
  return String(Math.round(value));
}

/**
 * The TRAIN windows around a recommendation, such that every combination in them is a job that
 * submitJob accepts: each window alone, at most JOB_LIMITS.steps steps together. Near that cap
 * there is no room to raise turns or cycles, and their windows stop at the recommendation.
 */
function trainWindows(
  cycles: number,
  stepsPerCycle: number,
): Pick<TrainingRecommendation['windows'], 'turns' | 'cycles' | 'stepsPerCycle'> {
  // Steps per cycle that fit the cap on turns × cycles × stepsPerCycle (job-hyperparams.ts).
  const room = (turns: number, cyclesMax: number) => Math.floor(JOB_LIMITS.steps / (turns * cyclesMax));
  const wide = { turns: 3, cycles: Math.min(cycles * 2, JOB_LIMITS.cycles) };
  const max = room(wide.turns, wide.cycles) >= stepsPerCycle ? wide : { turns: TURNS, cycles };
  return {
    turns: { min: 1, max: max.turns },
    cycles: { min: Math.max(1, Math.ceil(cycles / 2)), max: max.cycles },
    stepsPerCycle: {
      min: Math.ceil(stepsPerCycle / 2),
      max: Math.min(stepsPerCycle * 2, JOB_LIMITS.stepsPerCycle, room(max.turns, max.cycles)),
    },
  };
}

export function recommendTraining(subject: RecommendationSubject): TrainingRecommendation {
  const { modelParams, datasetTokens, contextLength } = subject;
  const seqLen = contextLength ? Math.min(contextLength, DEFAULT_SEQ_LEN) : DEFAULT_SEQ_LEN;
  const tokensPerStep = BATCH_SEQUENCES * seqLen;
  const stepsWanted = Math.max(MIN_TOTAL_STEPS, Math.ceil((TARGET_EPOCHS * datasetTokens) / tokensPerStep));
  // What a job accepts: a recommendation to copy into submitJob must not be refused there.
  const steps = Math.min(stepsWanted, JOB_LIMITS.steps);
  const cycles = clamp(Math.ceil(steps / (TURNS * MAX_STEPS_PER_CYCLE)), CYCLES_RANGE.min, CYCLES_RANGE.max);
  const stepsPerCycle = Math.ceil(steps / (TURNS * cycles));
  const lr = learningRateFor(modelParams);

  const notes = [
    `≈${TARGET_EPOCHS} epochs over your ~${humanCount(datasetTokens)}-token dataset ` +
      `(${BATCH_SEQUENCES} sequences of ${seqLen} tokens per step)`,
    `Learning rate tuned for a ~${humanCount(modelParams)}-parameter model`,
  ];
  if (steps < stepsWanted) {
    notes.push(
      `${humanCount(stepsWanted)} steps would make ${TARGET_EPOCHS} epochs, more than one job runs: capped at ` +
        `${humanCount(JOB_LIMITS.steps)}, about ${round2((TARGET_EPOCHS * steps) / stepsWanted)} epochs`,
    );
  }
  if (datasetTokens < SMALL_DATASET_TOKENS) {
    notes.push('Small dataset: watch held-out perplexity for overfitting, and prefer the low end of the steps window');
  }

  return {
    modelParams,
    datasetTokensEst: datasetTokens,
    recommended: { turns: TURNS, cycles, stepsPerCycle, steps, lr, seqLen },
    windows: {
      ...trainWindows(cycles, stepsPerCycle),
      steps: { min: Math.ceil(steps / 2), max: Math.min(steps * 2, JOB_LIMITS.steps) },
      lr: { min: lr / 2, max: lr * 2 },
      seqLen: { min: Math.min(64, seqLen), max: Math.min(contextLength ?? JOB_LIMITS.seqLen, JOB_LIMITS.seqLen) },
    },
    notes,
    disclaimer: DISCLAIMER,
  };
}
