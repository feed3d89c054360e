import { createInterface } from 'node:readline';
import { z } from 'zod';
import { Generator } from './inference.ts';
import type { ModelConfig } from './model-config.ts';
import { emit } from './report.ts';

/** One request line of PROTOCOL.md's "Generation" section. */
const GenerationRequest = z.object({
  id: z.string(),
  model: z.object({ key: z.string(), config: z.record(z.string(), z.unknown()) }),
  prompt: z.string(),
  maxTokens: z.int().positive(),
  temperature: z.number().min(0),
  seed: z.string().optional(),
});

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * `main.ts --serve-generation`: answers generation requests, one JSON line each on stdin, in the
 * order they came, until stdin closes. Loaded models stay cached between requests.
 */
export async function serveGeneration(): Promise<void> {
  const generator = await Generator.create();
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const parsed = GenerationRequest.safeParse(parseJson(line));
    if (!parsed.success) {
      const id = (parseJson(line) as { id?: unknown } | undefined)?.id;
      await emit({ id: typeof id === 'string' ? id : null, error: z.prettifyError(parsed.error) });
      continue;
    }
    const { id, model, ...request } = parsed.data;
    try {
      const generation = await generator.generate({
        ...request,
        modelKey: model.key,
        config: model.config as unknown as ModelConfig,
      });
      await emit({ id, ...generation });
    } catch (error) {
      await emit({ id, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
