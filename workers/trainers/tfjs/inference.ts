import type * as TF from '@tensorflow/tfjs';
import { loadTf } from './backend.ts';
import { seededRng } from './data.ts';
import { generate, type Generation } from './generate.ts';
import type { Model } from './model.ts';
import type { ModelConfig } from './model-config.ts';
import { loadModel } from './model-store.ts';

export interface GenerateRequest {
  /** Identifies the model for caching (its id). */
  modelKey: string;
  /** The model row's config, with file:// URIs (see src/models/model-files.ts). */
  config: ModelConfig;
  prompt: string;
  maxTokens: number;
  temperature: number;
  seed?: string;
}

const MAX_CACHED_MODELS = 4;

/**
 * Generation for the API and for evaluations: loads a model once and keeps the few most
 * recently used in memory (a model of the catalog's size is a few MB).
 */
export class Generator {
  private readonly models = new Map<string, Promise<Model>>();

  constructor(private readonly tf: typeof TF) {}

  static async create(): Promise<Generator> {
    return new Generator(await loadTf());
  }

  async generate(request: GenerateRequest): Promise<Generation> {
    const model = await this.model(request.modelKey, request.config);
    return generate(this.tf, model, request.prompt, {
      maxTokens: request.maxTokens,
      temperature: request.temperature,
      rng: seededRng(request.seed ?? `${Date.now()}:${Math.random()}`),
    });
  }

  private model(key: string, config: ModelConfig): Promise<Model> {
    let model = this.models.get(key);
    if (model) {
      this.models.delete(key);
    } else {
      model = loadModel(this.tf, config);
      model.catch(() => this.models.delete(key));
    }
    this.models.set(key, model);
    while (this.models.size > MAX_CACHED_MODELS) {
      const [oldest, evicted] = this.models.entries().next().value!;
      this.models.delete(oldest);
      void evicted.then((m) => this.tf.dispose(Object.values(m.weights)));
    }
    return model;
  }
}
