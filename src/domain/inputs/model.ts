import { z } from 'zod';
import { Name, optional, textOf } from './common.ts';

/**
 * A Hugging Face model directory on the workers' disks, registered as a base model. The path
 * is the workers' (the API never reads it), so it can only be checked for form here.
 */
export const RegisterHuggingFaceModelInput = z.object({
  name: Name,
  path: z
    .string()
    .max(1000, 'must be at most 1000 characters')
    .regex(/^\/[^\p{Cc}]*$/u, 'must be an absolute path on the workers, without control characters'),
  params: z.number().int('must be a whole number').positive('must be positive').max(1e13, 'must be at most 1e13'),
  contextLength: z.int('must be a whole number').min(1, 'must be at least 1').max(1_048_576, 'must be at most 1048576'),
  nLayers: z.int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
  description: optional(textOf(2000)),
});

export type RegisterHuggingFaceModelInput = z.output<typeof RegisterHuggingFaceModelInput>;
