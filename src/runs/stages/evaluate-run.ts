import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { EvalSchema, type Eval } from '../../db/entities/eval.ts';
import { ModelSchema } from '../../db/entities/model.ts';
import { RunSchema, type Run } from '../../db/entities/run.ts';
import { generateText } from '../../inference/generate-text.ts';
import { formatPrompt } from '../../pipeline/compile-spec.ts';
import { matchPreviousScores, summarizeEvals } from '../../pipeline/eval-summary.ts';
import { scoreAnswer } from '../../pipeline/scoring.ts';
import { withRunLease } from '../pipeline-lease.ts';
import { publishRunStatus, transitionRun } from '../run-transitions.ts';
import type { StageContext, StageOutcome } from './stage.ts';

/**
 * Room to answer: twice the expected answer's bytes (bytes bound the tokens of any tokenizer),
 * so a model that rambles is cut off and scored on what it said.
 */
const maxTokensFor = (expected: string) => Math.min(1024, 2 * Buffer.byteLength(expected) + 16);

/**
 * EVALUATING -> COMPLETED: asks the fine-tuned model each spec example (greedy, so the same
 * model gives the same answers), scores the answer, and stores each eval as it is made: a driver
 * that takes over after a crash goes on from the first example without one, and each eval stored
 * starts the count of attempts in a row again. Then compares with the spec's previous completed
 * run and writes the summary.
 */
export async function evaluateRun(context: StageContext): Promise<StageOutcome> {
  const { services, em, run, lease, llm, signal } = context;
  const { systemPrompt, examples } = run.specSnapshot;
  const model = await em.findOneOrFail(ModelSchema, { id: run.modelId! });
  const stored = await em.find(EvalSchema, { runId: run.id }, { fields: ['position'], disableIdentityMap: true });
  const done = new Set(stored.map((e) => e.position));

  for (const [position, { input, expected }] of examples.entries()) {
    if (done.has(position)) continue;
    signal.throwIfAborted();
    const generation = await generateText(
      services,
      em,
      model,
      { prompt: formatPrompt(systemPrompt, input), maxTokens: maxTokensFor(expected), temperature: 0 },
      signal,
    );
    const scored = await scoreAnswer({ systemPrompt, input, expected, actual: generation.text }, llm, signal);
    await withRunLease(
      em,
      lease,
      (tx, locked) =>
        tx.insert(EvalSchema, {
          id: randomUUID(),
          projectId: locked.projectId,
          runId: locked.id,
          position,
          prompt: input,
          expected,
          actual: generation.text,
          score: scored.score,
          passed: scored.passed,
          reasoning: scored.reasoning,
          scoringMethod: scored.method,
          latencyMs: generation.latencyMs,
          promptTokens: generation.promptTokens,
          completionTokens: generation.completionTokens,
          createdAt: new Date(),
        }),
      { progress: true },
    );
  }
  return complete(context);
}

/** The spec's last COMPLETED run before this one: regressions and improvements are against it. */
async function previousEvals(em: SqlEntityManager, run: Run): Promise<Eval[]> {
  const previous = await em.findOne(
    RunSchema,
    { specId: run.specId, status: 'COMPLETED', runNumber: { $lt: run.runNumber } },
    { orderBy: { runNumber: 'desc' }, disableIdentityMap: true },
  );
  return previous ? em.find(EvalSchema, { runId: previous.id }, { disableIdentityMap: true }) : [];
}

async function complete({ services, em, lease }: StageContext): Promise<StageOutcome> {
  const transition = await withRunLease(em, lease, async (tx, locked) => {
    const evals = await tx.find(EvalSchema, { runId: locked.id }, { orderBy: { position: 'asc' } });
    const previousScores = matchPreviousScores(
      evals.map((e) => e.prompt),
      await previousEvals(tx, locked),
    );
    for (const [i, e] of evals.entries()) e.previousScore = previousScores[i] ?? null;
    await tx.flush();
    const evalSummary = summarizeEvals(
      evals.map((e) => ({
        score: e.score,
        latencyMs: e.latencyMs,
        method: e.scoringMethod,
        previousScore: e.previousScore,
      })),
    );
    const prompt = evals.reduce((sum, e) => sum + e.promptTokens, 0);
    const completion = evals.reduce((sum, e) => sum + e.completionTokens, 0);
    return transitionRun(
      tx,
      locked,
      'COMPLETED',
      { evalSummary, avgScore: evalSummary.avgScore, tokens: { prompt, completion, total: prompt + completion } },
      { avgScore: evalSummary.avgScore, evals: evals.length },
    );
  });
  publishRunStatus(services.pubsub, transition.run, transition.previous);
  return { next: 'done' };
}
