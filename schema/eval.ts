import { EvalSchema } from '../src/db/entities/eval.ts';
import { isEntity } from './entity-type.ts';
import { EvalRef } from './refs.ts';
import { ScoringMethodEnum } from './run-values.ts';

EvalRef.implement({
  description: "The fine-tuned model's answer to one spec example, scored.",
  isTypeOf: isEntity(EvalSchema),
  fields: (t) => ({
    prompt: t.exposeString('prompt', { description: 'The example input.' }),
    expected: t.exposeString('expected', { description: 'The expected output.' }),
    actual: t.exposeString('actual', { description: 'What the model generated.' }),
    score: t.exposeFloat('score', { description: '0-1.' }),
    passed: t.exposeBoolean('passed', { description: 'score >= 0.7.' }),
    reasoning: t.exposeString('reasoning', {
      nullable: true,
      description: 'Why the score, from the judge or the metric.',
    }),
    scoringMethod: t.expose('scoringMethod', {
      type: ScoringMethodEnum,
      description: 'SIMILARITY also where the LLM judge failed and similarity stood in (see reasoning).',
    }),
    latencyMs: t.exposeInt('latencyMs', { description: 'Generation time.' }),
    promptTokens: t.exposeInt('promptTokens', { description: 'Tokens of the prompt as the model saw it.' }),
    completionTokens: t.exposeInt('completionTokens', { description: 'Tokens the model generated.' }),
    previousScore: t.exposeFloat('previousScore', {
      nullable: true,
      description: "The same example's score in the spec's previous completed run.",
    }),
  }),
});
