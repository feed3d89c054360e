import { EvalSchema } from '../src/db/entities/eval.ts';
import { isEntity } from './entity-type.ts';
import { EvalRef } from './refs.ts';

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
    latencyMs: t.exposeInt('latencyMs', { description: 'Generation time.' }),
    previousScore: t.exposeFloat('previousScore', {
      nullable: true,
      description: "The same example's score in the spec's previous completed run.",
    }),
  }),
});
