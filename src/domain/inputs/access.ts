import { z } from 'zod';
import { Name, optional } from './common.ts';

export const CreateProjectInput = z.object({ name: Name });

const API_KEY_SCOPES = ['admin'] as const;

export const CreateApiKeyInput = z.object({
  label: Name,
  scopes: optional(z.array(z.enum(API_KEY_SCOPES)).max(API_KEY_SCOPES.length)).transform((v) => [...new Set(v ?? [])]),
});

export type CreateApiKeyInput = z.output<typeof CreateApiKeyInput>;
