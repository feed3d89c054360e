import { z } from 'zod';
import { Id, optional } from './common.ts';

/** A count of parameters, tokens or bytes: whole, at least one. */
const positiveCount = z.int().min(1, 'must be a whole number of at least 1').max(1e13, 'must be at most 1e13');

/**
 * The model is named by `baseModelId` or sized by `params`; the dataset by `datasetId`,
 * `datasetTokens` or `datasetBytes`. Exactly one of each: two answers to one question are a
 * contradiction we would otherwise have to resolve silently.
 */
export const TrainingRecommendationInput = z
  .object({
    baseModelId: optional(Id),
    params: optional(positiveCount),
    datasetId: optional(Id),
    datasetTokens: optional(positiveCount),
    datasetBytes: optional(positiveCount),
  })
  .superRefine((input, ctx) => {
    const exactlyOne = (fields: (keyof typeof input)[], what: string) => {
      const given = fields.filter((field) => input[field] !== undefined);
      if (given.length === 1) return;
      ctx.addIssue({
        code: 'custom',
        path: [given[1] ?? fields[0]!],
        message: `give exactly one of ${fields.join(', ')} for the ${what}`,
      });
    };
    exactlyOne(['baseModelId', 'params'], 'model');
    exactlyOne(['datasetId', 'datasetTokens', 'datasetBytes'], 'dataset');
  });

export type TrainingRecommendationInput = z.output<typeof TrainingRecommendationInput>;
