import { once } from 'node:events';

/**
 * Writes one protocol message per line (workers/trainers/PROTOCOL.md). When the worker reads
 * slower than we write, the pipe fills and we wait for it to drain: nothing is dropped.
 */
export async function emit(message: Record<string, unknown>): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(message)}\n`)) await once(process.stdout, 'drain');
}

export const log = (text: string) => emit({ type: 'log', text });
