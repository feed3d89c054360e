import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { LogLineSchema, MetricPointSchema, type LogLine, type MetricPoint } from '../src/db/entities/job-stream.ts';
import { withLease, type Lease } from '../src/queue/lease.ts';
import type { PubSub } from '../src/realtime/pubsub.ts';
import { toPublished } from '../src/realtime/topics.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { MetricMessage } from './protocol.ts';

export interface IngestOptions {
  /**
   * Items waiting to be written (besides the batch being written) before `push` makes the
   * trainer wait: bounded, so nothing is ever discarded.
   */
  capacity: number;
  /** Most rows written per transaction. */
  maxBatch: number;
  /** Longest an item waits before its batch is written. */
  flushMs: number;
}

/** A committed batch, as rows with their seqs. */
type Written = { points: MetricPoint[]; lines: LogLine[] };

type Pending =
  { kind: 'metric'; metric: MetricMessage; ts: Date } | { kind: 'log'; stream: string; text: string; ts: Date };

/**
 * Durable first, then publish: a job's metric points and log lines are written to PostgreSQL in
 * batches, each batch in one lease-fenced transaction that assigns the next per-job `seq`s (and
 * streams the rows with COPY where the database has it), and published only after it
 * committed. Batches are written one after another while the trainer goes on reporting into
 * the buffer; when the buffer is full, `push` waits for the next batch to be written: the
 * trainer is slowed down, never silenced.
 */
export class JobIngest {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The write loop, while one runs: it writes batches until nothing is pending. */
  private writing: Promise<void> | undefined;
  private batchWritten: (() => void)[] = [];
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
    await this.write();
    if (this.failure) throw this.failure;
  }

  private async push(item: Pending): Promise<void> {
    if (this.failure) throw this.failure;
    this.pending.push(item);
    if (this.pending.length >= this.options.maxBatch) void this.write();
    else this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.options.flushMs);
    while (this.pending.length >= this.options.capacity && !this.failure) {
      await new Promise<void>((resolve) => this.batchWritten.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Starts the write loop unless it runs; resolves once nothing is pending (or a write failed). */
  private write(): Promise<void> {
    this.writing ??= Promise.resolve().then(async () => {
      let committed: Written | undefined;
      try {
        while (this.pending.length > 0 && !this.failure) {
          const writing = this.writeBatch(this.pending.splice(0, this.options.maxBatch));
          // The batch before is published while this one's transaction gets going.
          if (committed) this.publish(committed);
          committed = undefined;
          try {
            committed = await writing;
          } catch (error) {
            this.failure = error instanceof Error ? error : new Error(String(error));
          }
          for (const wake of this.batchWritten.splice(0)) wake();
        }
        if (committed) this.publish(committed);
      } finally {
        // In the same turn as the loop's last check: an item pushed later starts a new loop.
        this.writing = undefined;
      }
    });
    return this.writing;
  }

  private async writeBatch(batch: Pending[]): Promise<Written> {
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
      await bulkInsert(tx, MetricPointSchema, points);
      await bulkInsert(tx, LogLineSchema, lines);
      return { points, lines };
    });
  }

  private publish({ points, lines }: Written): void {
    const jobId = this.lease.jobId;
    if (points.length > 0) {
      this.pubsub.publish('jobMetrics', jobId, points.map(toPublished));
    }
    if (lines.length > 0) {
      this.pubsub.publish('jobLogs', jobId, lines.map(toPublished));
    }
  }
}
