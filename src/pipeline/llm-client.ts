import OpenAI from 'openai';
import type { z } from 'zod';
import type { LlmConfig } from '../config.ts';
import { parseStorableJson } from '../domain/storable-text.ts';
import type { Logger } from '../logger.ts';

export interface JsonRequest<T> {
  /** Instructions. Say "JSON" in them: OpenAI's JSON mode refuses a request that does not. */
  system: string;
  user: string;
  /** The reply's shape; a reply that does not match is asked for again. */
  schema: z.ZodType<T>;
  temperature?: number;
  signal?: AbortSignal;
}

/** An OpenAI-compatible chat model that answers with validated JSON objects. */
export interface LlmClient {
  readonly model: string;
  completeJson<T>(request: JsonRequest<T>): Promise<T>;
}

/** The model answered, but never with what was asked for; `message` says what was wrong. */
export class LlmReplyError extends Error {
  override readonly name = 'LlmReplyError';
}

export interface LlmClientOptions {
  /** Requests per `completeJson` while replies are malformed (not JSON, or the wrong shape). Default 2. */
  replyAttempts?: number;
  logger?: Logger;
}

/**
 * Two layers of retry. Transport failures (connection errors, timeouts, 408, 409, 429, 5xx) are
 * the SDK's: `config.maxRetries` more tries with exponential backoff, honouring `retry-after`.
 * Malformed replies are ours: the request is sent again up to `replyAttempts` times in all, since
 * sampling may well produce a valid reply next time, then LlmReplyError.
 */
export function createLlmClient(config: LlmConfig, options: LlmClientOptions = {}): LlmClient {
  const replyAttempts = options.replyAttempts ?? 2;
  const openai = new OpenAI({
    baseURL: config.baseUrl,
    apiKey: config.apiKey,
    // Explicit, so OPENAI_ORG_ID / OPENAI_PROJECT_ID in the environment do not leak into requests.
    organization: null,
    project: null,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    ...(options.logger ? { logger: options.logger } : {}),
  });

  return {
    model: config.model,
    async completeJson<T>(request: JsonRequest<T>): Promise<T> {
      let problem = '';
      for (let attempt = 1; attempt <= replyAttempts; attempt++) {
        const completion = await openai.chat.completions.create(
          {
            model: config.model,
            messages: [
              { role: 'system', content: request.system },
              { role: 'user', content: request.user },
            ],
            response_format: { type: 'json_object' },
            ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
          },
          // A signal of its own per request: the SDK adds an abort listener to the signal it is
          // given and never removes it (openai-node#1811), and a stage's signal sees hundreds.
          request.signal ? { signal: AbortSignal.any([request.signal]) } : {},
        );
        const parsed = parseReply(completion.choices[0]?.message.content, request.schema);
        if (parsed.ok) return parsed.value;
        problem = parsed.problem;
        options.logger?.warn({ model: config.model, attempt, problem }, 'malformed LLM reply');
      }
      throw new LlmReplyError(`${problem} (${replyAttempts} attempts)`);
    },
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Models often wrap JSON in a Markdown code fence even in JSON mode; that much is forgiven. */
const CODE_FENCE = /^```(?:json)?\s*([\s\S]*?)\s*```$/i;

function parseReply<T>(content: string | null | undefined, schema: z.ZodType<T>): Parsed<T> {
  const text = content?.trim() ?? '';
  if (!text) return { ok: false, problem: 'the reply was empty' };
  let json: unknown;
  try {
    // Its strings are stored (judge reasoning, augmented examples), and can hold a NUL.
    json = parseStorableJson(text.match(CODE_FENCE)?.[1] ?? text);
  } catch (error) {
    return { ok: false, problem: `the reply was not JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'reply'}: ${issue.message}`);
  return { ok: false, problem: `the reply had the wrong shape (${issues.join('; ')})` };
}
