import { Migration } from '@mikro-orm/migrations';

/**
 * Run search and facets at scale (bench/SEARCH.md has the plans behind each choice):
 * - `run.search_doc`, a tsvector of the run's name, its spec's name, its tags and its error, kept by
 *   triggers (also when the spec is renamed), with a GIN index. Built-in full text, so the embedded
 *   PGlite default needs no extension.
 * - `run_facet_count`, exact facet counts per UTC day, month and all time, status and top-level
 *   flag (all time also per value of one filter field), kept by statement-level triggers inside
 *   the writing transaction.
 * - (project_id, value, id) indexes for keyset pagination by every RunOrder field.
 */
export class Migration20261122133015 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "run_facet_count" ("project_id" uuid not null, "grain" text not null, "filter_field" text not null, "filter_value" text not null, "field" text not null, "bucket" date not null, "status" text not null, "top_level" boolean not null, "value" text not null, "count" int not null, constraint "run_facet_count_pkey" primary key ("project_id", "grain", "filter_field", "filter_value", "field", "bucket", "status", "top_level", "value"));`,
    );
    this.addSql(`create index "run_facet_count_zero" on "run_facet_count" ("project_id") where "count" = 0;`);
    this.addSql(
      `alter table "run_facet_count" add constraint "run_facet_count_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "run" add column "search_doc" tsvector null;`);
    // Keep a run row narrow for scans (facets, stats, filtered lists): the frozen spec snapshot,
    // JSON fields and search document move to TOAST instead of filling the heap.
    this.addSql(`alter table "run" set (toast_tuple_target = 256);`);
    this.addSql(`create index "run_search_doc_gin" on "run" using gin ("search_doc");`);
    this.addSql(`create index "run_project_id_completed_at_id_index" on "run" ("project_id", "completed_at", "id");`);
    this.addSql(`create index "run_project_id_avg_score_id_index" on "run" ("project_id", "avg_score", "id");`);
    this.addSql(`create index "run_project_id_cost_usd_id_index" on "run" ("project_id", "cost_usd", "id");`);
    this.addSql(`create index "run_project_id_duration_ms_id_index" on "run" ("project_id", "duration_ms", "id");`);

    // ------------------------------------------------------------------ full text
    this.addSql(`
      create function run_search_doc(name text, spec_name text, tags text[], error text) returns tsvector
      language sql stable parallel safe as $$
        select to_tsvector('simple', concat_ws(' ', name, spec_name, array_to_string(tags, ' '), error))
      $$;`);
    // Every word of the search must start a word of the document: 'snow flak' finds "Snowflake flakes".
    this.addSql(`
      create function run_search_query(search text) returns tsquery
      language sql immutable parallel safe as $$
        select to_tsquery('simple', string_agg(quote_literal(word) || ':*', ' & '))
        from unnest(tsvector_to_array(to_tsvector('simple', search))) word
      $$;`);
    this.addSql(`
      create function run_set_search_doc() returns trigger language plpgsql as $$
      begin
        new.search_doc := run_search_doc(
          new.name, (select s.name from behavior_spec s where s.id = new.spec_id), new.tags, new.error);
        return new;
      end $$;`);
    this.addSql(`
      create trigger run_search_doc before insert or update of name, spec_id, tags, error on run
      for each row execute function run_set_search_doc();`);
    this.addSql(`
      create function behavior_spec_renamed() returns trigger language plpgsql as $$
      begin
        update run set search_doc = run_search_doc(name, new.name, tags, error) where spec_id = new.id;
        return null;
      end $$;`);
    this.addSql(`
      create trigger behavior_spec_renamed after update of name on behavior_spec
      for each row when (old.name is distinct from new.name) execute function behavior_spec_renamed();`);

    // ------------------------------------------------------------------ facet counts
    // The counts one run adds to: each facet value per UTC day, month and all time; and, for all
    // time only, each facet value among the runs sharing one value of a low-cardinality filter
    // field (ENVIRONMENT, CREATED_BY, BASE_MODEL or one TAG), so a panel filtered by one of those
    // is summed too. MODEL is left out: a fine-tuned model belongs to one run.
    this.addSql(`
      create function run_facet_rows(
        created_at timestamptz, status text, spec_id uuid, base_model_id uuid, environment text, created_by text,
        tags text[], feedback_flags text[]
      ) returns table (grain text, bucket date, filter_field text, filter_value text, field text, value text)
      language sql immutable parallel safe as $$
        with facet(field, value) as (
          select * from (values ('*', ''), ('STATUS', status), ('SPEC', spec_id::text),
                                ('BASE_MODEL', base_model_id::text), ('ENVIRONMENT', environment),
                                ('CREATED_BY', created_by)) v(field, value)
          where value is not null
          union all select 'TAG', t from unnest(tags) t
          union all select 'FEEDBACK_FLAG', t from unnest(feedback_flags) t
        )
        select g.grain,
               case g.grain when 'all' then '-infinity'::date else date_trunc(g.grain, created_at at time zone 'UTC')::date end,
               '', '', f.field, f.value
        from (values ('day'), ('month'), ('all')) g(grain) cross join facet f
        union all
        select 'all', '-infinity'::date, p.field, p.value, f.field, f.value
        from facet p join facet f on f.field <> p.field
        where p.field in ('ENVIRONMENT', 'CREATED_BY', 'BASE_MODEL', 'TAG')
      $$;`);
    // One statement per writing statement: the net change of every count it touched, applied in
    // key order (so concurrent writers lock counts in the same order and cannot deadlock), then
    // counts at zero are swept, skipping any another transaction holds.
    this.addSql(`
      create function run_facet_count_apply() returns trigger language plpgsql as $$
      begin
        execute format($sql$
          insert into run_facet_count as c
            (project_id, grain, filter_field, filter_value, field, bucket, status, top_level, value, count)
          select d.project_id, f.grain, f.filter_field, f.filter_value, f.field, f.bucket, d.status, d.parent_id is null,
                 f.value, sum(d.delta)
          from (%s) d cross join lateral run_facet_rows(
            d.created_at, d.status, d.spec_id, d.base_model_id, d.environment, d.created_by, d.tags, d.feedback_flags) f
          where exists (select from project p where p.id = d.project_id)
          group by 1, 2, 3, 4, 5, 6, 7, 8, 9
          having sum(d.delta) <> 0
          order by 1, 2, 3, 4, 5, 6, 7, 8, 9
          on conflict (project_id, grain, filter_field, filter_value, field, bucket, status, top_level, value)
          do update set count = c.count + excluded.count
        $sql$, case tg_op
          when 'INSERT' then 'select *, 1 as delta from new_rows'
          when 'DELETE' then 'select *, -1 as delta from old_rows'
          else 'select *, -1 as delta from old_rows union all select *, 1 from new_rows'
        end);
        delete from run_facet_count where ctid in (
          select ctid from run_facet_count where count = 0 for update skip locked);
        return null;
      end $$;`);
    this.addSql(`
      create trigger run_facet_count_insert after insert on run referencing new table as new_rows
      for each statement execute function run_facet_count_apply();`);
    this.addSql(`
      create trigger run_facet_count_update after update on run referencing old table as old_rows new table as new_rows
      for each statement execute function run_facet_count_apply();`);
    this.addSql(`
      create trigger run_facet_count_delete after delete on run referencing old table as old_rows
      for each statement execute function run_facet_count_apply();`);
    // Recounts a project from its runs: the backfill below, and bulk loads that bypass triggers.
    this.addSql(`
      create function run_facet_count_rebuild(project uuid) returns void language sql as $$
        delete from run_facet_count where project_id = project;
        insert into run_facet_count
          (project_id, grain, filter_field, filter_value, field, bucket, status, top_level, value, count)
        select r.project_id, f.grain, f.filter_field, f.filter_value, f.field, f.bucket, r.status, r.parent_id is null,
               f.value, count(*)
        from run r cross join lateral run_facet_rows(
          r.created_at, r.status, r.spec_id, r.base_model_id, r.environment, r.created_by, r.tags, r.feedback_flags) f
        where r.project_id = project
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
      $$;`);

    this.addSql(
      `update run set search_doc = run_search_doc(run.name, s.name, run.tags, run.error) from behavior_spec s where s.id = run.spec_id;`,
    );
    this.addSql(`select run_facet_count_rebuild(id) from project;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger run_facet_count_insert on run;`);
    this.addSql(`drop trigger run_facet_count_update on run;`);
    this.addSql(`drop trigger run_facet_count_delete on run;`);
    this.addSql(`drop trigger run_search_doc on run;`);
    this.addSql(`drop trigger behavior_spec_renamed on behavior_spec;`);
    this.addSql(`drop function run_facet_count_rebuild(uuid);`);
    this.addSql(`drop function run_facet_count_apply();`);
    this.addSql(`drop function run_facet_rows(timestamptz, text, uuid, uuid, text, text, text[], text[]);`);
    this.addSql(`drop function behavior_spec_renamed();`);
    this.addSql(`drop function run_set_search_doc();`);
    this.addSql(`drop function run_search_query(text);`);
    this.addSql(`drop function run_search_doc(text, text, text[], text);`);
    this.addSql(`drop table if exists "run_facet_count" cascade;`);
    this.addSql(`drop index "run_search_doc_gin";`);
    this.addSql(`drop index "run_project_id_completed_at_id_index";`);
    this.addSql(`drop index "run_project_id_avg_score_id_index";`);
    this.addSql(`drop index "run_project_id_cost_usd_id_index";`);
    this.addSql(`drop index "run_project_id_duration_ms_id_index";`);
    this.addSql(`alter table "run" reset (toast_tuple_target);`);
    this.addSql(`alter table "run" drop column "search_doc";`);
  }
}
