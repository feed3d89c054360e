import { Migration } from '@mikro-orm/migrations';

export class Migration20261129220000 extends Migration {

  override async up(): Promise<void> {
    // A sum over run_facet_count reads a few thousand rows, but PostgreSQL misjudges a slice of it
    // 10-40x (its key columns are correlated) and planned two parallel workers for it, whose
    // start-up took 30 ms on a 2-core machine against 5 ms of work. Scans of this table stay
    // serial; scans of run in the same statement may still be parallel.
    this.addSql(`alter table "run_facet_count" set (parallel_workers = 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "run_facet_count" reset (parallel_workers);`);
  }

}
