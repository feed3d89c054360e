import { fileURLToPath } from 'node:url';

/**
 * The trainers that ship with Trainyard, by the name TRAINYARD_TRAINER selects: each is a
 * separate program speaking PROTOCOL.md, given here as its argv (before `--job <file>` or
 * `--serve-generation`). TRAINYARD_TRAINER_COMMAND runs any other one instead.
 */
const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** A program and its arguments. */
type Argv = [string, ...string[]];

export const TRAINERS = {
  /** TensorFlow.js on WebAssembly: real training on any CPU (workers/trainers/tfjs/README.md). */
  tfjs: (): Argv => [process.execPath, '--import', 'tsx', script('./tfjs/main.ts')],
  /** PyTorch, on CUDA when there is a GPU (workers/trainers/torch/README.md); `python` has torch. */
  torch: (python: string): Argv => [python, script('./torch/main.py')],
} as const satisfies Record<string, (python: string) => Argv>;

export type TrainerName = keyof typeof TRAINERS;
export const TRAINER_NAMES = Object.keys(TRAINERS) as [TrainerName, ...TrainerName[]];

/** The shipped trainers that load registered Hugging Face models (torch/README.md). */
const HUGGING_FACE_TRAINERS: readonly string[] = ['torch'];

/**
 * Whether the trainer named `name` (a shipped one, or a TRAINYARD_TRAINER_COMMAND) can load a
 * registered Hugging Face model: a shipped one that does, or a program of the operator's own,
 * which may.
 */
export const loadsHuggingFace = (name: string): boolean =>
  !Object.hasOwn(TRAINERS, name) || HUGGING_FACE_TRAINERS.includes(name);
