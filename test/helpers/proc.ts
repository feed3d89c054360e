import { readdir, readFile } from 'node:fs/promises';

/**
 * Pids of live processes whose command line contains `text`, read from /proc: how a test finds
 * a grandchild (a worker's trainer) that it did not spawn itself.
 */
export async function pidsWithCommandLine(text: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.replaceAll('\0', ' ').includes(text)) pids.push(Number(entry));
  }
  return pids;
}
