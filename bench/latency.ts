/** Timing single requests side by side: the rounds, their percentiles, and the HTTP client. */
import { Agent, request as httpRequest } from 'node:http';

export interface Timing {
  p50: number;
  p95: number;
}

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
};
export const timing = (samples: number[]): Timing => ({
  p50: percentile(samples, 0.5),
  p95: percentile(samples, 0.95),
});

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Times each of `measures` `rounds` times after `warmUp` rounds that are thrown away, rotating
 * which goes first, so that each follows every other equally often.
 */
export async function timeRounds(
  warmUp: number,
  rounds: number,
  measures: (() => Promise<unknown>)[],
): Promise<number[][]> {
  const samples = measures.map((): number[] => []);
  for (let round = 0; round < warmUp + rounds; round++) {
    for (let k = 0; k < measures.length; k++) {
      const i = (round + k) % measures.length;
      const took = await elapsed(measures[i]!);
      if (round >= warmUp) samples[i]!.push(took);
    }
  }
  return samples;
}

/**
 * POSTs GraphQL over one keep-alive connection with `node:http`. The client shares this process
 * with the server, so its own cost lands in the figures: `fetch` (undici's WHATWG streams) cost
 * about 0.5 ms more per request at p50 than this and added more at p95 (measured alternately).
 */
export function graphqlClient(url: string, secret: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return (request: { query: string; variables: unknown }) =>
    new Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>((resolve, reject) => {
      const body = JSON.stringify(request);
      const headers = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        authorization: `Bearer ${secret}`,
      };
      const sent = httpRequest(url, { method: 'POST', agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      });
      sent.on('error', reject);
      sent.end(body);
    });
}
