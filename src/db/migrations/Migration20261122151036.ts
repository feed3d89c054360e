import { Migration } from '@mikro-orm/migrations';

export class Migration20261122151036 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "eval" add column "scoring_method" text check ("scoring_method" in ('LLM_JUDGE', 'SIMILARITY')) not null default 'SIMILARITY', add column "prompt_tokens" int not null default 0, add column "completion_tokens" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "eval" drop column "scoring_method", drop column "prompt_tokens", drop column "completion_tokens";`);
  }

}
