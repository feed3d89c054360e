import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { LogLineSchema, MetricPointSchema, type LogLine, type MetricPoint } from '../src/db/entities/job-stream.ts';
import { withLease, type Lease } from '../src/queue/lease.ts';
import type { PubSub } from '../src/realtime/pubsub.ts';
import { toPublished } from '../src/realtime/topics.ts';
import type { MetricMessage } from './protocol.ts';

export interface IngestOptions {
  /** Items held before `push` makes the trainer wait: bounded, so nothing is ever discarded. */
  capacity: number;
  /** Most rows written per transaction. */
  maxBatch: number;
  /** Longest an item waits before its batch is written. */
  flushMs: number;
}

type Pending =
  { kind: 'metric'; metric: MetricMessage; ts: Date } | { kind: 'log'; stream: string; text: string; ts: Date };

/**
 * Durable first, then publish: a job's metric points and log lines are written to PostgreSQL in
 * batches, each batch in one lease-fenced transaction that assigns the next per-job `seq`s, and
 * published only after it committed. When the buffer is full, `push` waits for the next write:
 * the trainer is slowed down, never silenced.
 */
export class JobIngest {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private failure: Error | undefined;

  constructor(
    private readonly em: SqlEntityManager,
    private readonly pubsub: PubSub,
    private readonly lease: Lease,
    private readonly projectId: string,
    private readonly options: IngestOptions,
  ) {}

  async pushMetric(metric: MetricMessage): Promise<void> {
    await this.push({ kind: 'metric', metric, ts: new Date() });
  }

  async pushLog(stream: string, text: string): Promise<void> {
    await this.push({ kind: 'log', stream, text, ts: new Date() });
  }

  /** Writes everything buffered; rejects if a write failed (the lease was lost, say). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.flushing.then(() => this.writeAll());
    await this.flushing;
    if (this.failure) throw this.failure;
  }

  private async push(item: Pending): Promise<void> {
    if (this.failure) throw this.failure;
    this.pending.push(item);
    if (this.pending.length >= this.options.capacity) {
      await this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.options.flushMs);
    }
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length > 0 && !this.failure) {
      const batch = this.pending.splice(0, this.options.maxBatch);
      try {
        const written = await this.write(batch);
        this.publish(written);
      } catch (error) {
        this.failure = error instanceof Error ? error : new Error(String(error));
      }
    }
  }

  private async write(batch: Pending[]): Promise<{ points: MetricPoint[]; lines: LogLine[] }> {
    const { jobId, attempt } = this.lease;
    return withLease(this.em, this.lease, async (tx) => {
      const [{ metricSeq, logSeq }] = (await tx.execute<{ metricSeq: number; logSeq: number }[]>(
        `select (select coalesce(max(seq), 0) from metric_point where job_id = ?) as "metricSeq",
                (select coalesce(max(seq), 0) from log_line where job_id = ?) as "logSeq"`,
        [jobId, jobId],
      )) as [{ metricSeq: number; logSeq: number }];
      let nextMetric = Number(metricSeq);
      let nextLog = Number(logSeq);
      const points: MetricPoint[] = [];
      const lines: LogLine[] = [];
      for (const item of batch) {
        if (item.kind === 'metric') {
          const { type: _type, ...fields } = item.metric;
          points.push({ jobId, projectId: this.projectId, seq: ++nextMetric, attempt, ts: item.ts, ...fields });
        } else {
          lines.push({
            jobId,
            projectId: this.projectId,
            seq: ++nextLog,
            ts: item.ts,
            stream: item.stream,
            text: item.text,
          });
        }
      }
      if (points.length > 0) await tx.insertMany(MetricPointSchema, points);
      if (lines.length > 0) await tx.insertMany(LogLineSchema, lines);
      return { points, lines };
    });
  }

  private publish({ points, lines }: { points: MetricPoint[]; lines: LogLine[] }): void {
    const jobId = this.lease.jobId;
    if (points.length > 0) {
      this.pubsub.publish('jobMetrics', jobId, points.map(toPublished));
    }
    if (lines.length > 0) {
      this.pubsub.publish('jobLogs', jobId, lines.map(toPublished));
    }
  }
}
