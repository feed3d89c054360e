import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { outputLines, type OutputLine } from '../workers/output-lines.ts';

/** The lines `outputLines(maxChars)` makes of `chunks`, read as a pipe delivers them. */
async function linesOf(chunks: Buffer[], maxChars: number): Promise<OutputLine[]> {
  const lines: OutputLine[] = [];
  for await (const line of Readable.from(chunks).pipe(outputLines(maxChars))) lines.push(line as OutputLine);
  return lines;
}

/** `text` in chunks of `size` bytes, cut anywhere, through a character if it falls there. */
const chunked = (text: string, size: number) => {
  const bytes = Buffer.from(text);
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
};

describe("a trainer's output, split into lines", () => {
  it('splits at \\n and \\r\\n, whatever the chunks, a character split between two among them', async () => {
    const text = 'first\r\nsecond\n\nété — 日本\nlast, with no newline';
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(await linesOf(chunked(text, size), 100)).toEqual(
        ['first', 'second', '', 'été — 日本', 'last, with no newline'].map((line) => ({ text: line, cut: 0 })),
      );
    }
  });

  it('holds the first characters of a line over the limit and counts the rest, then reads on', async () => {
    const long = 'y'.repeat(5_000_000);
    const lines = await linesOf(chunked(`${long}\nnext\n`, 65_536), 1000);
    expect(lines).toEqual([
      { text: 'y'.repeat(1000), cut: 4_999_000 },
      { text: 'next', cut: 0 },
    ]);
  });

  it('counts no carriage return of a CRLF among the characters cut, at the limit or past it', async () => {
    for (const size of [1, 4, 1000]) {
      expect(await linesOf(chunked('abcd\r\nabcdef\r\n', size), 4)).toEqual([
        { text: 'abcd', cut: 0 },
        { text: 'abcd', cut: 2 },
      ]);
    }
  });
});
