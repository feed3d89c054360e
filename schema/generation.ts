import { z } from 'zod';
import { generate } from '../resolvers/generate.ts';
import { GenerateInput } from '../src/domain/inputs/generate.ts';
import type { Generation } from '../src/inference/generation-process.ts';
import { builder } from './builder.ts';

const GenerateInputRef = builder.inputType('GenerateInput', {
  description: 'What to generate, and with which model of your project.',
  fields: (t) => ({
    modelId: t.id({ required: true, description: 'A base or trained model of your project.' }),
    prompt: t.string({ required: true, description: 'Text to continue, formatted as the model was trained.' }),
    maxTokens: t.int({ description: 'At most this many new tokens, 1-2048 (default 256).' }),
    temperature: t.float({ description: '0 picks the most likely token every time; up to 2 (default 0.7).' }),
    seed: t.string({ description: 'The same seed, model and prompt give the same text.' }),
  }),
});

const GenerationRef = builder.objectRef<Generation>('Generation').implement({
  description: "A model's continuation of a prompt.",
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The generated text, without the prompt.' }),
    latencyMs: t.exposeInt('latencyMs', { description: 'Generation time, model loading excluded.' }),
    promptTokens: t.exposeInt('promptTokens', { description: 'Tokens of the prompt as the model saw it.' }),
    completionTokens: t.exposeInt('completionTokens', { description: 'Tokens generated.' }),
  }),
});

builder.mutationFields((t) => ({
  generate: t.field({
    type: GenerationRef,
    description: 'Generates text with a model, on the API server (README: "Generation").',
    args: t.validate(
      { input: t.arg({ type: GenerateInputRef, required: true, description: 'What to generate from, and how.' }) },
      z.object({ input: GenerateInput }),
    ),
    resolve: (_root, { input }, ctx) => generate(ctx, input),
  }),
}));
