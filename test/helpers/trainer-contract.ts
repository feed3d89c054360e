import { expect, it } from 'vitest';
import type { TrainerJob } from '../../workers/protocol.ts';
import {
  groupedGreetings,
  groupedHeldOutPerplexityRatio,
  logTexts,
  ofType,
  writeGreetings,
  type RunOptions,
  type TrainerRun,
} from './trainer-process.ts';

type RunTrainer = (
  job: Partial<TrainerJob> & Pick<TrainerJob, 'type' | 'hyperparams'>,
  options?: RunOptions,
) => Promise<TrainerRun>;

interface ContractOptions {
  /** A small FINETUNE of the greetings dataset. */
  finetune: Record<string, unknown>;
  /** Hyperparameters that make one step outlast a SIGTERM sent as training starts. */
  slowStep: Record<string, unknown>;
  /** How far the held-out perplexity read back by the built-in trainer's code may differ from the reported one. */
  perplexityTolerance: number;
}

/**
 * What the worker counts on from every trainer program, whatever its framework: each trainer's
 * suite runs these against its own program, inside its `describe`.
 */
export function trainerContractTests(
  runTrainer: RunTrainer,
  { finetune, slowStep, perplexityTolerance }: ContractOptions,
) {
  it('fine-tunes on records longer than its windows, every step counting completion tokens', async () => {
    // A greeting's prompt alone is 20 bytes: a 16-token window from a record's start held no completion.
    const run = await runTrainer({ type: 'FINETUNE', hyperparams: { ...finetune, steps: 4, seqLen: 16 } });
    expect(run.code).toBe(0);
    const losses = ofType(run, 'metric').map((m) => m.loss);
    expect(losses).toHaveLength(4);
    for (const loss of losses) expect(loss).toBeGreaterThan(0);
  }, 300_000);

  it('finishes a job asked to stop during its last step, with its final loss', async () => {
    // Stopped there, it checkpointed the last step: the attempt resumed from it ran no step and
    // had no final loss to report.
    const run = await runTrainer(
      { type: 'FINETUNE', hyperparams: { ...finetune, ...slowStep, steps: 1 } },
      { sigtermAfterMetrics: 0 },
    );
    expect(run.code).toBe(0);
    expect(logTexts(run)).toContain('asked to stop during the last step: finishing the job instead');
    expect(ofType(run, 'checkpoint')).toEqual([]);
    expect(ofType(run, 'result')[0]!.result.lossFinal).toBe(ofType(run, 'metric')[0]!.loss);
  }, 300_000);

  it('holds out whole groups for perplexity: a spec example with its rewrites', async () => {
    const run = await runTrainer({
      type: 'FINETUNE',
      hyperparams: finetune,
      datasetPath: await writeGreetings(groupedGreetings),
    });
    expect(Math.abs((await groupedHeldOutPerplexityRatio(run)) - 1)).toBeLessThan(perplexityTolerance);
  }, 300_000);

  it('says when a spec of fewer than ten examples leaves nothing to hold out', async () => {
    const run = await runTrainer({
      type: 'FINETUNE',
      hyperparams: { ...finetune, steps: 1 },
      datasetPath: await writeGreetings(groupedGreetings.slice(0, 8)),
    });
    expect(run.code).toBe(0);
    expect(logTexts(run)).toContain(
      'only 4 example groups: nothing is held out, so perplexity is measured on the training records',
    );
  }, 300_000);
}
