import { readFileSync } from 'node:fs';

const USER_HZ = 100;

/**
 * CPU seconds of the whole machine since boot (all cores): busy, and stolen (time its virtual
 * CPUs were ready to run while the hypervisor ran something else). Steal is not load of this
 * machine, but it slows every process on it alike, so it is counted apart.
 */
export function machineCpuSeconds(): { busy: number; stolen: number } {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks as number[];
  return { busy: (user! + nice! + system! + irq! + softirq!) / USER_HZ, stolen: steal! / USER_HZ };
}

/** CPU seconds (user + system) a process has used; 0 once it is gone. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [utime, stime] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13)
      .map(Number);
    return (utime! + stime!) / USER_HZ;
  } catch {
    return 0;
  }
}

/**
 * CPU used between `start()` and `stop()`, in cores: by each of the named processes, by the
 * rest of the machine (anything not named, this process included), and stolen from the machine
 * by its hypervisor.
 */
export function cpuMeter(processes: Record<string, number[]>) {
  const read = () => ({
    at: performance.now(),
    machine: machineCpuSeconds(),
    each: Object.fromEntries(
      Object.entries(processes).map(([name, pids]) => [
        name,
        pids.reduce((sum, pid) => sum + processCpuSeconds(pid), 0),
      ]),
    ),
  });
  const before = read();
  return () => {
    const after = read();
    const seconds = (after.at - before.at) / 1000;
    const cores = Object.fromEntries(
      Object.keys(processes).map((name) => [name, (after.each[name]! - before.each[name]!) / seconds]),
    );
    const named = Object.values(cores).reduce((sum, value) => sum + value, 0);
    const busy = (after.machine.busy - before.machine.busy) / seconds;
    const stolen = (after.machine.stolen - before.machine.stolen) / seconds;
    return { cores, rest: Math.max(0, busy - named), stolen };
  };
}
