import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GpuInfo } from '../src/db/entities/worker.ts';

const run = promisify(execFile);

/** The GPUs nvidia-smi reports, or null where there is no NVIDIA driver (CPU workers). */
export async function detectGpu(): Promise<GpuInfo | null> {
  try {
    const { stdout } = await run('nvidia-smi', ['--query-gpu=name,memory.total', '--format=csv,noheader,nounits'], {
      timeout: 5000,
    });
    const gpus = stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name = 'unknown', memoryMiB = '0'] = line.split(',').map((part) => part.trim());
        return { name, memoryGb: Math.round((Number(memoryMiB) / 1024) * 10) / 10 };
      });
    const first = gpus[0];
    return first ? { name: first.name, memoryGb: first.memoryGb, count: gpus.length } : null;
  } catch {
    return null;
  }
}
