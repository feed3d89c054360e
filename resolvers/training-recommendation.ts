import type { Context } from '../src/context.ts';
import { DatasetSchema } from '../src/db/entities/dataset.ts';
import { ModelSchema } from '../src/db/entities/model.ts';
import type { TrainingRecommendationInput } from '../src/domain/inputs/training-recommendation.ts';
import type { TransformerArchitecture } from '../src/domain/model-catalog.ts';
import { estimateTokens } from '../src/domain/token-estimate.ts';
import { recommendTraining, type TrainingRecommendation } from '../src/domain/training-recommendation.ts';
import { referencedInProject } from './scope.ts';

async function modelSize(ctx: Context, input: TrainingRecommendationInput) {
  if (input.params !== undefined) return { modelParams: input.params, contextLength: null };
  const model = await referencedInProject(ctx, ModelSchema, input.baseModelId!, 'input.baseModelId', 'model');
  const architecture = model.config.architecture as TransformerArchitecture | undefined;
  return { modelParams: model.params, contextLength: architecture?.contextLength ?? null };
}

async function datasetTokens(ctx: Context, input: TrainingRecommendationInput): Promise<number> {
  if (input.datasetTokens !== undefined) return input.datasetTokens;
  if (input.datasetBytes !== undefined) return estimateTokens(input.datasetBytes);
  const dataset = await referencedInProject(ctx, DatasetSchema, input.datasetId!, 'input.datasetId', 'dataset');
  return dataset.tokenEstimate;
}

export async function trainingRecommendation(
  ctx: Context,
  input: TrainingRecommendationInput,
): Promise<TrainingRecommendation> {
  const [size, tokens] = await Promise.all([modelSize(ctx, input), datasetTokens(ctx, input)]);
  return recommendTraining({ ...size, datasetTokens: tokens });
}
