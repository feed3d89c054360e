import { Migration } from '@mikro-orm/migrations';

/**
 * A run row keeps its small columns inline. `toast_tuple_target = 256` (Migration20261122133015)
 * was meant to keep the heap narrow for scans, but facet panels now read covering indexes, and
 * at 256 bytes PostgreSQL moved nearly every text and JSON column out of line: the search
 * document, the name, the eval summary, the token counts and the metadata each cost a TOAST
 * index lookup per row read (three buffers). A search walking the newest runs spent 2 µs a row on
 * that, against 0.2 µs to match the document itself. At 1,024 bytes the frozen spec snapshot,
 * the one large column and read only when asked for, is what moves out (now and then with the
 * eval summary).
 *
 * Applies to rows as they are written; `VACUUM FULL run` rewrites the existing ones.
 */
export class Migration20261130000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "run" set (toast_tuple_target = 1024);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "run" set (toast_tuple_target = 256);`);
  }
}
