import seedrandom from 'seedrandom';

export type Rng = seedrandom.StatefulPRNG<seedrandom.State.Arc4>;

/** A seeded generator whose state a checkpoint can save and a resumed attempt restore. */
export const seededRng = (seed: string, state?: object): Rng =>
  state ? seedrandom('', { state: state as seedrandom.State.Arc4 }) : seedrandom(seed, { state: true });

export const rngState = (rng: Rng): object => rng.state();

/**
 * Training windows of `seqLen + 1` tokens, drawn at random start positions of a token stream
 * (wrapping at its end). For a dataset the starts are record starts, so every window begins with
 * a prompt; for a corpus any position is a start.
 */
export class WindowSampler {
  constructor(
    private readonly stream: Int32Array,
    private readonly starts: Int32Array,
    private readonly seqLen: number,
    private readonly rng: Rng,
  ) {}

  next(batch: number): Int32Array {
    const length = this.seqLen + 1;
    const out = new Int32Array(batch * length);
    for (let row = 0; row < batch; row++) {
      const start = this.starts[Math.floor(this.rng() * this.starts.length)]!;
      for (let i = 0; i < length; i++) out[row * length + i] = this.stream[(start + i) % this.stream.length]!;
    }
    return out;
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
