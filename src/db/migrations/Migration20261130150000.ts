import { Migration } from '@mikro-orm/migrations';

/**
 * The FINETUNE job a spec run queued moves to Trainyard's own idempotency keys, `trainyard:run:<id>`
 * (`RESERVED_KEY_PREFIX`), which `submitJob` now refuses: under `run-<id>`, a key any caller could
 * also submit, a job queued first under it made the run fail with a CONFLICT, and a caller could
 * still be handed the run's job by submitting its key.
 *
 * Only the job a run recorded as its own moves (the driver queues it and records it in one
 * transaction); a caller's job under a `run-<id>` key stays the caller's. Should a caller already
 * hold `trainyard:run:<id>` (nothing refused it before), the run's job keeps its old key rather
 * than fail the migration on the unique key.
 */
export class Migration20261130150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      update "job" j set "idempotency_key" = 'trainyard:run:' || r."id"
      from "run" r
      where r."job_id" = j."id" and j."idempotency_key" = 'run-' || r."id"
        and not exists (
          select 1 from "job" taken
          where taken."project_id" = j."project_id" and taken."idempotency_key" = 'trainyard:run:' || r."id"
        );`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      update "job" j set "idempotency_key" = 'run-' || r."id"
      from "run" r
      where r."job_id" = j."id" and j."idempotency_key" = 'trainyard:run:' || r."id"
        and not exists (
          select 1 from "job" taken
          where taken."project_id" = j."project_id" and taken."idempotency_key" = 'run-' || r."id"
        );`);
  }
}
