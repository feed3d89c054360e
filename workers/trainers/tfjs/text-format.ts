/**
 * How text becomes training tokens: UTF-8 bytes (vocabulary 256). A dataset record is
 * `prompt + "\n" + completion + END`, where END (ASCII 3, "end of text") tells the model, and
 * generation, where an answer stops. See workers/trainers/tfjs/README.md.
 */
export const END = 3;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

export const encode = (text: string): number[] => Array.from(encoder.encode(text));

export const decode = (bytes: readonly number[]): string => decoder.decode(Uint8Array.from(bytes));

export interface TrainingRecord {
  prompt: string;
  completion: string;
  /** Records of one group (a spec example and its rewrites) are held out together. */
  group?: number;
}

/** The prompt as the model sees it at generation time: everything before the completion. */
export const promptText = (prompt: string) => `${prompt}\n`;

export const recordTokens = (record: TrainingRecord): number[] => [
  ...encode(promptText(record.prompt) + record.completion),
  END,
];

/**
 * Per token of `recordTokens`: 1 for the completion and END, 0 for the prompt. Fine-tuning
 * learns the answers, not to predict prompts, which it is given at generation time anyway.
 */
export const completionMask = (record: TrainingRecord): number[] => {
  const promptLength = encode(promptText(record.prompt)).length;
  return recordTokens(record).map((_, i) => (i < promptLength ? 0 : 1));
};
