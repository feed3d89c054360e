import { z } from 'zod';
import { Name } from './common.ts';

const MAX_RECORDS = 50_000;
const MAX_FIELD_CHARS = 50_000;

const Field = z
  .string()
  .refine((value) => value.trim().length > 0, 'must not be empty')
  .pipe(z.string().max(MAX_FIELD_CHARS, `must be at most ${MAX_FIELD_CHARS} characters`));

export const CreateDatasetInput = z.object({
  name: Name,
  records: z
    .array(z.object({ prompt: Field, completion: Field }))
    .min(1, 'a dataset needs at least one record')
    .max(MAX_RECORDS, `at most ${MAX_RECORDS} records`),
});

export type CreateDatasetInput = z.output<typeof CreateDatasetInput>;
