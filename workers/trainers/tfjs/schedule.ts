/**
 * Learning rate at a step of a cycle: linear warmup over the first 10% (at most 100 steps), then
 * cosine decay to 10% of the peak. TRAIN jobs restart it every cycle (warm restarts, SGDR).
 */
export function cosineWithWarmup(peak: number, step: number, cycleSteps: number): number {
  const warmup = Math.min(100, Math.max(1, Math.floor(cycleSteps * 0.1)));
  if (step < warmup) return (peak * (step + 1)) / warmup;
  const progress = Math.min(1, (step - warmup) / Math.max(1, cycleSteps - warmup));
  return peak * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
}
