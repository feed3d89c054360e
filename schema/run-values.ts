/**
 * The JSON documents a run carries, as GraphQL object types: its training settings, evaluation
 * summary, human feedback and token use.
 */
import type { EvalSummary, Feedback, RunHyperparameters, TokenUsage } from '../src/db/entities/run.ts';
import { builder } from './builder.ts';

export const RunHyperparametersRef = builder.objectRef<RunHyperparameters>('RunHyperparameters').implement({
  description: 'Training settings of a run, defaults filled in (TunedTensor semantics).',
  fields: (t) => ({
    augment: t.exposeBoolean('augment', { description: 'Whether examples are expanded into more training records.' }),
    nEpochs: t.exposeInt('nEpochs', { description: 'Passes over the dataset, 1-20.' }),
    learningRate: t.exposeFloat('learningRate', { nullable: true, description: 'null: chosen from the model size.' }),
    batchSize: t.exposeInt('batchSize', { description: 'Records per step, at least 8.' }),
    loraRank: t.exposeInt('loraRank', { description: 'LoRA adapter rank.' }),
    loraAlpha: t.exposeFloat('loraAlpha', { description: 'LoRA scaling factor.' }),
  }),
});

export const ScoringMethodEnum = builder.enumType('ScoringMethod', {
  description: 'How eval answers were scored.',
  values: {
    LLM_JUDGE: { value: 'LLM_JUDGE' as const, description: 'An LLM graded each answer.' },
    SIMILARITY: { value: 'SIMILARITY' as const, description: 'Text similarity to the expected answer.' },
  },
});

export const EvalSummaryRef = builder.objectRef<EvalSummary>('EvalSummary').implement({
  description: 'Aggregate evaluation of a run (TunedTensor `eval_summary`).',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Examples evaluated.' }),
    avgScore: t.exposeFloat('avgScore', { description: 'Mean score, 0-1.' }),
    passRate: t.exposeFloat('passRate', { description: 'Fraction with score >= 0.7.' }),
    exactMatchRate: t.exposeFloat('exactMatchRate', { description: 'Fraction with score >= 0.95.' }),
    avgLatencyMs: t.exposeFloat('avgLatencyMs', { description: 'Mean generation latency.' }),
    scoringMethod: t.expose('scoringMethod', { type: ScoringMethodEnum, description: 'How answers were scored.' }),
    regressions: t.exposeInt('regressions', {
      description: "Examples >= 0.1 worse than the spec's previous completed run.",
    }),
    improvements: t.exposeInt('improvements', {
      description: "Examples >= 0.1 better than the spec's previous completed run.",
    }),
  }),
});

export const FeedbackRef = builder.objectRef<Feedback>('Feedback').implement({
  description: 'Human feedback on a run (Lunary semantics).',
  fields: (t) => ({
    score: t.exposeFloat('score', { nullable: true, description: 'A rating on the caller’s own scale.' }),
    flags: t.exposeStringList('flags', { description: 'Labels such as `thumbs-down`.' }),
    comment: t.exposeString('comment', { nullable: true, description: 'Free text.' }),
  }),
});

export const TokenUsageRef = builder.objectRef<TokenUsage>('TokenUsage').implement({
  description: 'Tokens a run consumed.',
  fields: (t) => ({
    prompt: t.exposeInt('prompt', { description: 'Input tokens.' }),
    completion: t.exposeInt('completion', { description: 'Generated tokens.' }),
    total: t.exposeInt('total', { description: 'prompt + completion.' }),
  }),
});
