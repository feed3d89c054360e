import type { Context } from '../src/context.ts';
import { ModelSchema } from '../src/db/entities/model.ts';
import type { GenerateInput } from '../src/domain/inputs/generate.ts';
import { generateText } from '../src/inference/generate-text.ts';
import type { Generation } from '../src/inference/generation-process.ts';
import { referencedInProject } from './scope.ts';

export async function generate(ctx: Context, { modelId, ...request }: GenerateInput): Promise<Generation> {
  const model = await referencedInProject(ctx, ModelSchema, modelId, 'input.modelId', 'model');
  return generateText(ctx.services, ctx.em, model, request);
}
