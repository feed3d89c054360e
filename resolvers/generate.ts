import type { Context } from '../src/context.ts';
import { ModelSchema, type Model } from '../src/db/entities/model.ts';
import { ValidationError } from '../src/domain/errors.ts';
import type { GenerateInput } from '../src/domain/inputs/generate.ts';
import { isHuggingFaceModel } from '../src/domain/model-formats.ts';
import { generateText } from '../src/inference/generate-text.ts';
import type { Generation } from '../src/inference/generation-process.ts';
import { loadsHuggingFace } from '../workers/trainers/catalog.ts';
import { referencedInProject } from './scope.ts';

export async function generate(ctx: Context, { modelId, ...request }: GenerateInput): Promise<Generation> {
  const model = await referencedInProject(ctx, ModelSchema, modelId, 'input.modelId', 'model');
  assertApiCanLoad(ctx, model, 'input.modelId', 'generate with it');
  return generateText(ctx.services, ctx.em, model, request);
}

/**
 * BAD_USER_INPUT on `field` when this API's trainer, which answers `generate` and evaluates runs,
 * cannot load `model`: a Hugging Face model on the built-in trainer, whose failure would otherwise
 * come back as INTERNAL (or, for a run, only after its training). A trainer command of the
 * operator's own may well load it: that one is let through.
 */
export function assertApiCanLoad(ctx: Context, model: Pick<Model, 'config'>, field: string, purpose: string): void {
  const trainer = ctx.services.config.trainer.name;
  if (isHuggingFaceModel(model) && !loadsHuggingFace(trainer)) {
    throw ValidationError.field(
      field,
      `is a Hugging Face model, which this API's trainer (${trainer}) cannot load: set TRAINYARD_TRAINER=torch on the API to ${purpose}`,
    );
  }
}
