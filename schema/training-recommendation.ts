import { z } from 'zod';
import { trainingRecommendation } from '../resolvers/training-recommendation.ts';
import { TrainingRecommendationInput } from '../src/domain/inputs/training-recommendation.ts';
import type { TrainingRecommendation } from '../src/domain/training-recommendation.ts';
import { builder } from './builder.ts';

const TrainingRecommendationInputRef = builder.inputType('TrainingRecommendationInput', {
  description: 'The model (by id or size) and the dataset (by id, tokens or bytes) to recommend for.',
  fields: (t) => ({
    baseModelId: t.id({ description: 'A model of your project; or give `params`.' }),
    params: t.float({ description: 'Model size in parameters, when the model is not in Trainyard.' }),
    datasetId: t.id({ description: 'A dataset of your project; or give `datasetTokens` or `datasetBytes`.' }),
    datasetTokens: t.float({ description: 'Dataset size in tokens.' }),
    datasetBytes: t.float({ description: 'Dataset size in UTF-8 bytes (about four per token).' }),
  }),
});

const TrainingRecommendationRef = builder.objectRef<TrainingRecommendation>('TrainingRecommendation').implement({
  description: 'A tailored starting point and safe windows for a model and dataset (Fusion seed).',
  fields: (t) => ({
    modelParams: t.exposeFloat('modelParams', { description: 'Parameters of the model.' }),
    datasetTokensEst: t.exposeFloat('datasetTokensEst', { description: 'Estimated dataset tokens.' }),
    recommended: t.expose('recommended', {
      type: 'JSON',
      description: 'turns, cycles, stepsPerCycle (TRAIN), steps (FINETUNE), lr and seqLen.',
    }),
    windows: t.expose('windows', { type: 'JSON', description: '{ min, max } per recommended setting.' }),
    notes: t.exposeStringList('notes', { description: 'Why these values, in words.' }),
    disclaimer: t.exposeString('disclaimer', { description: 'These are starting points, not guarantees.' }),
  }),
});

builder.queryFields((t) => ({
  trainingRecommendation: t.field({
    type: TrainingRecommendationRef,
    description:
      'Recommended settings: learning rate scales with model size, training amount with dataset size (README: "Training recommendations").',
    args: t.validate(
      {
        input: t.arg({
          type: TrainingRecommendationInputRef,
          required: true,
          description: 'The model and data to recommend for.',
        }),
      },
      z.object({ input: TrainingRecommendationInput }),
    ),
    resolve: (_root, { input }, ctx) => trainingRecommendation(ctx, input),
  }),
}));
