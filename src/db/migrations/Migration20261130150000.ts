import { Migration } from '@mikro-orm/migrations';

/**
 * The FINETUNE job a spec run queues moves to Trainyard's own idempotency keys, `trainyard:run:<id>`
 * (`RESERVED_KEY_PREFIX`), which `submitJob` refuses: under `run-<id>`, a key any caller could
 * also submit, a job queued first under it made the run fail with a CONFLICT.
 *
 * Renamed by run, not by job: a run whose driver queued its job but crashed before recording it
 * finds that job under the new key when it resumes, instead of queuing a second one.
 */
export class Migration20261130150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      update "job" j set "idempotency_key" = 'trainyard:run:' || r."id"
      from "run" r
      where r."project_id" = j."project_id" and j."idempotency_key" = 'run-' || r."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      update "job" set "idempotency_key" = 'run-' || substr("idempotency_key", length('trainyard:run:') + 1)
      where "idempotency_key" like 'trainyard:run:%';`);
  }
}
