import { Migration } from '@mikro-orm/migrations';

/** `run_search_query` as this migration defines it (also the down of Migration20261130090000). */
export const runSearchQueryFromParser = `
      create or replace function run_search_query(search text) returns tsquery
      language sql immutable parallel safe as $$
        select string_agg('''' || replace(replace(lower(token), '\\', '\\\\'), '''', '''''') || ''':*', ' & ')::tsquery
        from ts_parse('default', search)
        where tokid not in (9, 10, 11, 12, 13, 14, 23)
      $$;`;

/**
 * `run_search_query` reads the search's words with the text search parser itself (`ts_parse`)
 * instead of `ts_debug`. Both give the same query; `ts_debug` is a SQL function that looks each
 * token up in the configuration's catalogs through four subqueries, and PostgreSQL parses and
 * plans all of that again for every statement that searches, since the call is folded while the
 * statement is planned: 0.9-1.2 ms of planning per statement, against 0.25 ms now (a page of
 * runs that searches sends one to three such statements).
 *
 * The 'simple' configuration maps every token type of the default parser to the simple
 * dictionary, which lowercases the token, except blank (12), tag (13), protocol (14) and entity
 * (23), which make no lexeme; the parts of a hyphenated word (hword_numpart 9, hword_part 10,
 * hword_asciipart 11) are left out as before, the compound alone finds the same runs.
 */
export class Migration20261130033000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(runSearchQueryFromParser);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create or replace function run_search_query(search text) returns tsquery
      language sql immutable parallel safe as $$
        select string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''':*', ' & ')::tsquery
        from ts_debug('simple', search) token cross join unnest(token.lexemes) lexeme
        where token.alias not like 'hword\\_%'
      $$;`);
  }
}
