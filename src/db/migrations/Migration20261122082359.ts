import { Migration } from '@mikro-orm/migrations';

export class Migration20261122082359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "project" ("id" uuid not null, "name" text not null, "created_at" timestamptz(3) not null, constraint "project_pkey" primary key ("id"));`);

    this.addSql(`create table "model" ("id" uuid not null, "project_id" uuid not null, "name" text not null, "kind" text check ("kind" in ('BASE', 'FINETUNED', 'GROWN', 'CONTRACTED')) not null, "params" double precision not null, "base_model_id" uuid null, "config" jsonb not null, "created_at" timestamptz(3) not null, constraint "model_pkey" primary key ("id"));`);
    this.addSql(`create index "model_base_model_id_index" on "model" ("base_model_id");`);
    this.addSql(`create index "model_project_id_kind_created_at_id_index" on "model" ("project_id", "kind", "created_at", "id");`);
    this.addSql(`alter table "model" add constraint "model_project_id_name_unique" unique ("project_id", "name");`);

    this.addSql(`create table "dataset" ("id" uuid not null, "project_id" uuid not null, "name" text not null, "source" text not null, "record_count" int not null, "token_estimate" int not null, "bytes" int not null, "created_at" timestamptz(3) not null, constraint "dataset_pkey" primary key ("id"));`);
    this.addSql(`create index "dataset_project_id_created_at_id_index" on "dataset" ("project_id", "created_at", "id");`);

    this.addSql(`create table "dataset_record" ("id" uuid not null, "project_id" uuid not null, "dataset_id" uuid not null, "position" int not null, "prompt" text not null, "completion" text not null, "provenance" jsonb null, constraint "dataset_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "dataset_record" add constraint "dataset_record_dataset_id_position_unique" unique ("dataset_id", "position");`);

    this.addSql(`create table "behavior_spec" ("id" uuid not null, "project_id" uuid not null, "name" text not null, "description" text null, "system_prompt" text null, "examples" jsonb not null, "tags" text[] not null default '{}', "run_counter" int not null default 0, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "deleted_at" timestamptz(3) null, constraint "behavior_spec_pkey" primary key ("id"));`);
    this.addSql(`create index "behavior_spec_project_id_created_at_id_index" on "behavior_spec" ("project_id", "created_at", "id");`);

    this.addSql(`create table "api_key" ("id" uuid not null, "project_id" uuid not null, "label" text not null, "prefix" text not null, "secret_hash" text not null, "scopes" text[] not null default '{}', "created_at" timestamptz(3) not null, "last_used_at" timestamptz(3) null, "revoked_at" timestamptz(3) null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_key_project_id_created_at_index" on "api_key" ("project_id", "created_at");`);

    this.addSql(`create table "worker" ("id" uuid not null, "project_id" uuid null, "host" text not null, "environment" text not null, "trainers" text[] not null, "gpu" jsonb null, "status" text not null, "last_heartbeat_at" timestamptz(3) not null, "created_at" timestamptz(3) not null, constraint "worker_pkey" primary key ("id"));`);
    this.addSql(`create index "worker_project_id_index" on "worker" ("project_id");`);
    this.addSql(`create index "worker_environment_last_heartbeat_at_index" on "worker" ("environment", "last_heartbeat_at");`);

    this.addSql(`create table "job" ("id" uuid not null, "project_id" uuid not null, "type" text check ("type" in ('TRAIN', 'FINETUNE', 'CONTRACT')) not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')) not null, "idempotency_key" text not null, "payload_hash" text not null, "retries" int not null default 0, "max_retries" int not null default 3, "last_checkpoint_step" int not null default 0, "checkpoint_uri" text null, "error" text null, "base_model_id" uuid null, "source_model_id" uuid null, "dataset_id" uuid null, "output_model_id" uuid null, "hyperparams" jsonb not null, "environment" text null, "worker_id" uuid null, "lease_token" uuid null, "lease_expires_at" timestamptz(3) null, "result" jsonb null, "created_at" timestamptz(3) not null, "started_at" timestamptz(3) null, "finished_at" timestamptz(3) null, constraint "job_pkey" primary key ("id"));`);
    this.addSql(`create index "job_dataset_id_index" on "job" ("dataset_id");`);
    this.addSql(`create index "job_output_model_id_index" on "job" ("output_model_id");`);
    this.addSql(`create index "job_worker_id_index" on "job" ("worker_id");`);
    this.addSql(`create index "job_project_id_created_at_id_index" on "job" ("project_id", "created_at", "id");`);
    this.addSql(`create index "job_project_id_status_created_at_index" on "job" ("project_id", "status", "created_at");`);
    this.addSql(`create index "job_project_id_type_created_at_index" on "job" ("project_id", "type", "created_at");`);
    this.addSql(`create index "job_project_id_base_model_id_index" on "job" ("project_id", "base_model_id");`);
    this.addSql(`create index "job_project_id_environment_index" on "job" ("project_id", "environment");`);
    this.addSql(`create index "job_status_environment_created_at_index" on "job" ("status", "environment", "created_at");`);
    this.addSql(`alter table "job" add constraint "job_project_id_idempotency_key_unique" unique ("project_id", "idempotency_key");`);

    this.addSql(`create table "run" ("id" uuid not null, "project_id" uuid not null, "spec_id" uuid not null, "run_number" int not null, "name" text not null, "status" text check ("status" in ('PREPARING', 'TRAINING', 'EVALUATING', 'COMPLETED', 'FAILED', 'CANCELLED')) not null, "error" text null, "spec_snapshot" jsonb not null, "dataset_id" uuid null, "job_id" uuid null, "model_id" uuid null, "base_model_id" uuid not null, "hyperparameters" jsonb not null, "eval_summary" jsonb null, "avg_score" double precision null, "tags" text[] not null default '{}', "environment" text null, "parent_id" uuid null, "feedback" jsonb null, "feedback_flags" text[] not null default '{}', "tokens" jsonb null, "cost_usd" double precision null, "duration_ms" int null, "created_by" text null, "is_public" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz(3) not null, "started_at" timestamptz(3) null, "completed_at" timestamptz(3) null, constraint "run_pkey" primary key ("id"));`);
    this.addSql(`create index "run_dataset_id_index" on "run" ("dataset_id");`);
    this.addSql(`create index "run_job_id_index" on "run" ("job_id");`);
    this.addSql(`create index "run_parent_id_index" on "run" ("parent_id");`);
    this.addSql(`create index "run_project_id_created_at_id_index" on "run" ("project_id", "created_at", "id");`);
    this.addSql(`create index "run_project_id_status_created_at_index" on "run" ("project_id", "status", "created_at");`);
    this.addSql(`create index "run_project_id_base_model_id_created_at_index" on "run" ("project_id", "base_model_id", "created_at");`);
    this.addSql(`create index "run_project_id_model_id_index" on "run" ("project_id", "model_id");`);
    this.addSql(`create index "run_project_id_environment_index" on "run" ("project_id", "environment");`);
    this.addSql(`create index "run_project_id_created_by_index" on "run" ("project_id", "created_by");`);
    this.addSql(`create index "run_tags_gin" on "run" using gin ("tags");`);
    this.addSql(`create index "run_feedback_flags_gin" on "run" using gin ("feedback_flags");`);
    this.addSql(`alter table "run" add constraint "run_spec_id_run_number_unique" unique ("spec_id", "run_number");`);

    this.addSql(`create table "eval" ("id" uuid not null, "project_id" uuid not null, "run_id" uuid not null, "position" int not null, "prompt" text not null, "expected" text not null, "actual" text not null, "score" double precision not null, "passed" boolean not null, "reasoning" text null, "latency_ms" int not null, "previous_score" double precision null, "created_at" timestamptz(3) not null, constraint "eval_pkey" primary key ("id"));`);
    this.addSql(`create index "eval_run_id_score_id_index" on "eval" ("run_id", "score", "id");`);
    this.addSql(`alter table "eval" add constraint "eval_run_id_position_unique" unique ("run_id", "position");`);

    this.addSql(`create table "metric_point" ("job_id" uuid not null, "seq" int not null, "project_id" uuid not null, "attempt" int not null, "ts" timestamptz(3) not null, "step" int not null, "cycle" int null, "phase" text not null, "loss" double precision null, "lr" double precision null, "throughput" double precision null, "vram_gb" double precision null, "grad_norm" double precision null, constraint "metric_point_pkey" primary key ("job_id", "seq"));`);
    this.addSql(`create index "metric_point_job_id_step_index" on "metric_point" ("job_id", "step");`);

    this.addSql(`create table "log_line" ("job_id" uuid not null, "seq" int not null, "project_id" uuid not null, "ts" timestamptz(3) not null, "stream" text not null, "text" text not null, constraint "log_line_pkey" primary key ("job_id", "seq"));`);

    this.addSql(`create table "job_event" ("job_id" uuid not null, "seq" int not null, "project_id" uuid not null, "ts" timestamptz(3) not null, "kind" text not null, "payload" jsonb not null, constraint "job_event_pkey" primary key ("job_id", "seq"));`);

    this.addSql(`alter table "model" add constraint "model_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "model" add constraint "model_base_model_id_foreign" foreign key ("base_model_id") references "model" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "dataset" add constraint "dataset_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "dataset_record" add constraint "dataset_record_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "dataset_record" add constraint "dataset_record_dataset_id_foreign" foreign key ("dataset_id") references "dataset" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "behavior_spec" add constraint "behavior_spec_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "worker" add constraint "worker_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "job" add constraint "job_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "job" add constraint "job_base_model_id_foreign" foreign key ("base_model_id") references "model" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "job" add constraint "job_source_model_id_foreign" foreign key ("source_model_id") references "model" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "job" add constraint "job_dataset_id_foreign" foreign key ("dataset_id") references "dataset" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "job" add constraint "job_output_model_id_foreign" foreign key ("output_model_id") references "model" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "job" add constraint "job_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "run" add constraint "run_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "run" add constraint "run_spec_id_foreign" foreign key ("spec_id") references "behavior_spec" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "run" add constraint "run_dataset_id_foreign" foreign key ("dataset_id") references "dataset" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "run" add constraint "run_job_id_foreign" foreign key ("job_id") references "job" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "run" add constraint "run_model_id_foreign" foreign key ("model_id") references "model" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "run" add constraint "run_base_model_id_foreign" foreign key ("base_model_id") references "model" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "run" add constraint "run_parent_id_foreign" foreign key ("parent_id") references "run" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "eval" add constraint "eval_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "eval" add constraint "eval_run_id_foreign" foreign key ("run_id") references "run" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "metric_point" add constraint "metric_point_job_id_foreign" foreign key ("job_id") references "job" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "metric_point" add constraint "metric_point_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "log_line" add constraint "log_line_job_id_foreign" foreign key ("job_id") references "job" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "log_line" add constraint "log_line_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "job_event" add constraint "job_event_job_id_foreign" foreign key ("job_id") references "job" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "job_event" add constraint "job_event_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
  }

}
