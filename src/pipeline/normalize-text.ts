/**
 * Text as compared, not as stored: Unicode compatibility forms folded (NFKC, so a full-width
 * "Ａ" or a ligature compares equal to its plain spelling), runs of whitespace collapsed to one
 * space, and the ends trimmed. Case is kept: "hello" and "Hello" are different training inputs.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}
