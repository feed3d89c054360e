/**
 * Token count estimate for text, independent of any one tokenizer: about four UTF-8 bytes per
 * token, the usual ratio for BPE vocabularies on English text. Trainers report exact counts.
 */
const BYTES_PER_TOKEN = 4;

export function estimateTokens(bytes: number): number {
  return Math.ceil(bytes / BYTES_PER_TOKEN);
}
