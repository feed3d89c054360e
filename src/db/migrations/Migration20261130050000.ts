import { Migration } from '@mikro-orm/migrations';

/**
 * The first 33 words from the search's word on, in byte order, begin with all the words that
 * start with it (they sort together): up to 32 become an OR of exact words, more (or none)
 * keep the prefix, which matches the same runs. PL/pgSQL keeps the statement's plan for the
 * session; a SQL function that is not inlined plans its body at every call (0.3 ms, 0.1 now).
 * Also the down of Migration20261130090000.
 */
export const runSearchWordsQueryForWords = `
      create or replace function run_search_words_query(project uuid, search text) returns tsquery
      language plpgsql stable parallel safe as $$
      begin
        return (
          select string_agg(coalesce(spelt.words, quoted.word || ':*'), ' & ')::tsquery
          from (
            select lower(token) as word from ts_parse('default', search) where tokid not in (9, 10, 11, 12, 13, 14, 23)
          ) searched
          cross join lateral (
            select '''' || replace(replace(searched.word, '\\', '\\\\'), '''', '''''') || '''' as word
          ) quoted
          left join lateral (
            select '(' || string_agg('''' || replace(replace(w.word, '\\', '\\\\'), '''', '''''') || '''', ' | ') || ')' as words
            from (
              select s.word from run_search_word s
              where s.project_id = project and s.word >= searched.word collate "C"
              order by s.word limit 33
            ) w
            where starts_with(w.word, searched.word collate "C")
            having count(*) between 1 and 32
          ) spelt on true
        );
      end $$;`;

/**
 * The words of each project's search documents (`run_search_word`), kept by triggers, and
 * `run_search_words_query`, which spells each word of a search out as the project's words that
 * start with it.
 *
 * A prefix in a tsquery (`refund:*`) makes the GIN index collect every run carrying a matching
 * word into a bitmap before it can intersect that with the other words: "refund nan" read the
 * 32,244 runs of `refund` to find 441, 14 ms at a million runs. The same words spelt out
 * (`refund & nan`) let GIN skip through the longer posting list along the shorter one: 0.9 ms.
 *
 * Words are added, never removed: a word no run carries any more matches nothing, so the list
 * only has to hold every word that is in use. The words of a document are inserted in their
 * sorted order, so that two transactions adding the same new words do not wait on each other
 * in opposite orders.
 */
export class Migration20261130050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "run_search_word" ("project_id" uuid not null, "word" text collate "C" not null, constraint "run_search_word_pkey" primary key ("project_id", "word"));`,
    );
    this.addSql(
      `alter table "run_search_word" add constraint "run_search_word_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`
      create function run_search_words_add() returns trigger language plpgsql as $$
      begin
        insert into run_search_word (project_id, word)
        select new.project_id, word from unnest(tsvector_to_array(new.search_doc)) word order by word
        on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`
      create trigger run_search_words_insert after insert on run
      for each row when (new.search_doc is not null) execute function run_search_words_add();`);
    // Not "update of search_doc": the BEFORE trigger that sets it on a change of name, tags or
    // error does not put it in the statement's column list.
    this.addSql(`
      create trigger run_search_words_update after update on run
      for each row when (new.search_doc is distinct from old.search_doc and new.search_doc is not null)
      execute function run_search_words_add();`);
    // For runs written with triggers off (bench/seed-runs.ts) and those already there.
    this.addSql(`
      create function run_search_words_fill(project uuid) returns void language sql as $$
        insert into run_search_word (project_id, word)
        select distinct project, word from run r cross join unnest(tsvector_to_array(r.search_doc)) word
        where r.project_id = project
        on conflict do nothing;
      $$;`);
    this.addSql(`select run_search_words_fill(id) from project;`);

    this.addSql(runSearchWordsQueryForWords);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function run_search_words_query(uuid, text);`);
    this.addSql(`drop trigger run_search_words_update on run;`);
    this.addSql(`drop trigger run_search_words_insert on run;`);
    this.addSql(`drop function run_search_words_fill(uuid);`);
    this.addSql(`drop function run_search_words_add();`);
    this.addSql(`drop table "run_search_word";`);
  }
}
