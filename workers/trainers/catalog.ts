import { fileURLToPath } from 'node:url';

/**
 * The trainers that ship with Trainyard, by the name TRAINYARD_TRAINER selects. Each is a
 * separate program speaking PROTOCOL.md; TRAINYARD_TRAINER_COMMAND runs any other one instead.
 */
const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const TRAINERS = {
  /** TensorFlow.js on WebAssembly: real training on any CPU (workers/trainers/tfjs/README.md). */
  tfjs: [process.execPath, '--import', 'tsx', script('./tfjs/main.ts')],
} as const satisfies Record<string, readonly string[]>;

export type TrainerName = keyof typeof TRAINERS;
export const TRAINER_NAMES = Object.keys(TRAINERS) as [TrainerName, ...TrainerName[]];
