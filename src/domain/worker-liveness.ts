/** How often a running worker writes its heartbeat. */
export const WORKER_HEARTBEAT_MS = 2000;

/**
 * A worker silent for this long reads as `lost`: killed, or its machine or network is down. Seven
 * heartbeats missed, so a slow write or a long pause of the worker's process does not flip it.
 */
export const WORKER_LOST_AFTER_MS = 15_000;

/**
 * What a worker is: what it last reported, unless it stopped reporting without saying so (a
 * worker that stops cleanly writes `stopped` first).
 */
export function workerStatus(reported: string, lastHeartbeatAt: Date, now = Date.now()): string {
  return reported !== 'stopped' && now - lastHeartbeatAt.getTime() > WORKER_LOST_AFTER_MS ? 'lost' : reported;
}
