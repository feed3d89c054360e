import { Migration } from '@mikro-orm/migrations';

/**
 * `job.interruptions`: the attempts that ended without their worker handing the job back cleanly
 * (a lost lease, a failed attempt), which `maxRetries` now bounds. `retries` counted every claim
 * after the first, so a job whose workers were restarted four times for a deploy failed. A job
 * already in the table keeps its count: which of its claims were clean is not recorded.
 */
export class Migration20261130170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "job" add column "interruptions" int not null default 0;`);
    this.addSql(`update "job" set "interruptions" = "retries";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "job" drop column "interruptions";`);
  }
}
