import { z } from 'zod';
import { Name, requiredTextOf } from './common.ts';

const MAX_RECORDS = 50_000;
const MAX_FIELD_CHARS = 50_000;

const Field = requiredTextOf(MAX_FIELD_CHARS);

export const CreateDatasetInput = z.object({
  name: Name,
  records: z
    .array(z.object({ prompt: Field, completion: Field }))
    .min(1, 'a dataset needs at least one record')
    .max(MAX_RECORDS, `at most ${MAX_RECORDS} records`),
});

export type CreateDatasetInput = z.output<typeof CreateDatasetInput>;
