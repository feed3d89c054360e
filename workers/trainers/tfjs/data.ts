import seedrandom from 'seedrandom';

export type Rng = seedrandom.StatefulPRNG<seedrandom.State.Arc4>;

/** A seeded generator whose state a checkpoint can save and a resumed attempt restore. */
export const seededRng = (seed: string, state?: object): Rng =>
  state ? seedrandom('', { state: state as seedrandom.State.Arc4 }) : seedrandom(seed, { state: true });

const rngState = (rng: Rng): object => rng.state();

/** A batch of windows and, when the sampler has a loss mask, the weight of each target token. */
export interface Batch {
  windows: Int32Array;
  /** `seqLen` per window: 1 where predicting that window's token i + 1 counts, else 0. */
  targetWeights: Float32Array | null;
}

/**
 * Training windows of `seqLen + 1` tokens, drawn at random start positions of a token stream
 * (wrapping at its end). For a dataset the starts are record starts, so every window begins with
 * a prompt; for a corpus any position is a start. With `lossMask` (one 0/1 per stream token), a
 * batch also says which predicted tokens count.
 */
export class WindowSampler {
  constructor(
    private readonly stream: Int32Array,
    private readonly starts: Int32Array,
    private readonly seqLen: number,
    private readonly rng: Rng,
    private readonly lossMask?: Uint8Array,
  ) {}

  next(batch: number): Batch {
    const length = this.seqLen + 1;
    const windows = new Int32Array(batch * length);
    const targetWeights = this.lossMask ? new Float32Array(batch * this.seqLen) : null;
    for (let row = 0; row < batch; row++) {
      const start = this.starts[Math.floor(this.rng() * this.starts.length)]!;
      for (let i = 0; i < length; i++) {
        const at = (start + i) % this.stream.length;
        windows[row * length + i] = this.stream[at]!;
        if (targetWeights && i > 0) targetWeights[row * this.seqLen + i - 1] = this.lossMask![at]!;
      }
    }
    return { windows, targetWeights };
  }

  get state(): object {
    return rngState(this.rng);
  }
}

/** Documents joined into one stream, with the offset where each begins. */
export function concatenate(documents: readonly number[][]): { stream: Int32Array; starts: Int32Array } {
  const stream = new Int32Array(documents.reduce((n, d) => n + d.length, 0));
  const starts = new Int32Array(documents.length);
  let offset = 0;
  documents.forEach((doc, i) => {
    starts[i] = offset;
    stream.set(doc, offset);
    offset += doc.length;
  });
  return { stream, starts };
}

/**
 * Window starts that keep each record's end in its window, for a loss on completions: a record
 * longer than a window starts it `seqLen + 1` tokens before its end, cutting the prompt from the
 * left as generation does (generate.ts keeps the last `contextLength` tokens). From its own
 * start, a window would hold none of a long prompt's completion, and a batch with no token to
 * count has a loss of 0 / 0.
 */
export function recordEndStarts(starts: Int32Array, streamLength: number, seqLen: number): Int32Array {
  return starts.map((start, i) => Math.max(start, (starts[i + 1] ?? streamLength) - (seqLen + 1)));
}

/** Consecutive, non-overlapping windows over a stream, for a deterministic held-out measure. */
export function evaluationWindows(stream: Int32Array, seqLen: number, maxWindows: number): Int32Array[] {
  const length = seqLen + 1;
  const windows: Int32Array[] = [];
  for (let start = 0; start + length <= stream.length && windows.length < maxWindows; start += length) {
    windows.push(stream.slice(start, start + length));
  }
  if (windows.length === 0) {
    // Shorter than one window: repeat it, as the sampler's wrap-around does.
    windows.push(Int32Array.from({ length }, (_, i) => stream[i % stream.length]!));
  }
  return windows;
}
