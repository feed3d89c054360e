import type { Context } from '../src/context.ts';
import { ModelSchema } from '../src/db/entities/model.ts';
import { ValidationError } from '../src/domain/errors.ts';
import type { GenerateInput } from '../src/domain/inputs/generate.ts';
import { isHuggingFaceModel } from '../src/domain/model-formats.ts';
import { generateText } from '../src/inference/generate-text.ts';
import type { Generation } from '../src/inference/generation-process.ts';
import { HUGGING_FACE_TRAINERS, TRAINERS } from '../workers/trainers/catalog.ts';
import { referencedInProject } from './scope.ts';

export async function generate(ctx: Context, { modelId, ...request }: GenerateInput): Promise<Generation> {
  const model = await referencedInProject(ctx, ModelSchema, modelId, 'input.modelId', 'model');
  // The built-in trainer cannot load one, and its failure would reach the caller as INTERNAL. A
  // trainer command of the operator's own may well load it: that one is let through.
  const trainer = ctx.services.config.trainer.name;
  if (isHuggingFaceModel(model) && Object.hasOwn(TRAINERS, trainer) && !HUGGING_FACE_TRAINERS.includes(trainer)) {
    throw ValidationError.field(
      'input.modelId',
      `is a Hugging Face model, which this API's trainer (${trainer}) cannot load: set TRAINYARD_TRAINER=torch on the API to generate with it`,
    );
  }
  return generateText(ctx.services, ctx.em, model, request);
}
