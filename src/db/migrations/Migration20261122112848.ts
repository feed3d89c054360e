import { Migration } from '@mikro-orm/migrations';

export class Migration20261122112848 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "model_file" ("model_id" uuid not null, "name" text not null, "project_id" uuid not null, "bytes" bytea not null, "sha256" text not null, constraint "model_file_pkey" primary key ("model_id", "name"));`);

    this.addSql(`create table "run_pipeline" ("run_id" uuid not null, "project_id" uuid not null, "lease_token" uuid null, "lease_expires_at" timestamptz(3) null, "wake_at" timestamptz(3) not null, "attempts" int not null default 0, "last_error" text null, constraint "run_pipeline_pkey" primary key ("run_id"));`);
    this.addSql(`create index "run_pipeline_wake_at_index" on "run_pipeline" ("wake_at");`);

    this.addSql(`create table "run_event" ("run_id" uuid not null, "seq" int not null, "project_id" uuid not null, "ts" timestamptz(3) not null, "kind" text not null, "payload" jsonb not null, constraint "run_event_pkey" primary key ("run_id", "seq"));`);

    this.addSql(`alter table "model_file" add constraint "model_file_model_id_foreign" foreign key ("model_id") references "model" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "model_file" add constraint "model_file_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "run_pipeline" add constraint "run_pipeline_run_id_foreign" foreign key ("run_id") references "run" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "run_pipeline" add constraint "run_pipeline_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "run_event" add constraint "run_event_run_id_foreign" foreign key ("run_id") references "run" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "run_event" add constraint "run_event_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "model_file" cascade;`);

    this.addSql(`drop table if exists "run_pipeline" cascade;`);

    this.addSql(`drop table if exists "run_event" cascade;`);
  }

}
