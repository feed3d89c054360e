import { Migration } from '@mikro-orm/migrations';
import { runSearchQueryFromParser } from './Migration20261130033000.ts';
import { runSearchWordsQueryForWords } from './Migration20261130050000.ts';

/**
 * A word of a search, as typed between spaces, that the parser splits into several also matches
 * as one prefix. The parser reads "gpt-4" as `gpt` and the signed integer `-4`, and "1.2e" as
 * `1.2` and `e`, while a document's "gpt-4o-mini" is one word (`gpt-4o-mini`, with its parts) and
 * "1.2e9" is one number: "gpt-4" found "gpt-4-turbo" (`gpt`, `-4`, `turbo`) but not
 * "gpt-4o-mini". Such a word is now `('gpt':* & '-4':*) | 'gpt-4':*`, its edges' punctuation
 * left off the whole ("(gpt-4)" too; `[:punct:]` rather than "not `[:alnum:]`", which under a `C`
 * ctype would take non-ASCII letters for punctuation). A word the parser keeps whole gives the same query as before,
 * and a word of punctuation alone is still left out.
 *
 * Both queries now come from one function: `run_search_words_query` with a null project spells
 * nothing out, since no project's words are read, and `run_search_query` is that. It is
 * IMMUTABLE although it calls a STABLE function, which is what keeps PostgreSQL folding it into
 * a constant while it plans a statement (for its estimates and its index scans); with no
 * project, the result depends on the search alone.
 *
 * PL/pgSQL keeps the function's statement planned for the connection, but it planned it again
 * for every call: a parameter's value changes the plan of some statements, so the plan cache
 * keeps comparing custom plans to the generic one. Here no value changes it (an index range over
 * the project's words), and the generic plan takes a call from 108 µs to 17 µs
 * (`plan_cache_mode = force_generic_plan`); it is paid while a searching statement is planned.
 * PostgreSQL estimates 1,000 rows for each set-returning function in it, so before its words
 * were analyzed the statement looked costly enough to compile: 156 ms of JIT for each call
 * (`jit = off`; 29 µs a call then). The API's and workers' connections already run without JIT
 * (src/db/orm.ts); this is for every other client: psql, the tests, a BI tool.
 *
 * The search is cut into words at white space before it is parsed. A document is parsed whole,
 * so an HTML tag with attributes in a search (`<a href="x">`), one token of no words in a
 * document, becomes words there; nothing else the parser reads spans white space.
 */
export class Migration20261130090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function run_search_words_query(project uuid, search text) returns tsquery
      language plpgsql stable parallel safe set plan_cache_mode = force_generic_plan set jit = off as $$
      begin
        return (
          select string_agg(coalesce('(' || terms.words || ' | ' || terms.whole || ')', terms.words), ' & ' order by typed.n)::tsquery
          from regexp_split_to_table(search, '\\s+') with ordinality typed(text, n)
          cross join lateral (
            select array_agg(lower(token.token) order by token.i) as words
            from ts_parse('default', typed.text) with ordinality token(tokid, token, i)
            where token.tokid not in (9, 10, 11, 12, 13, 14, 23)
          ) parsed
          cross join lateral (
            select string_agg(spelt.query, ' & ' order by term.i) filter (where term.i <= cardinality(parsed.words)) as words,
                   min(spelt.query) filter (where term.i > cardinality(parsed.words)) as whole
            from unnest(parsed.words || case when cardinality(parsed.words) > 1
                                             then lower(regexp_replace(typed.text, '^[[:punct:]]+|[[:punct:]]+$', '', 'g')) end)
                 with ordinality term(word, i)
            cross join lateral (
              select '''' || replace(replace(term.word, '\\', '\\\\'), '''', '''''') || '''' as word
            ) quoted
            left join lateral (
              select '(' || string_agg('''' || replace(replace(w.word, '\\', '\\\\'), '''', '''''') || '''', ' | ') || ')' as words
              from (
                select s.word from run_search_word s
                where s.project_id = project and s.word >= term.word collate "C"
                order by s.word limit 33
              ) w
              where starts_with(w.word, term.word collate "C")
              having count(*) between 1 and 32
            ) spelt_words on true
            cross join lateral (select coalesce(spelt_words.words, quoted.word || ':*') as query) spelt
          ) terms
          where parsed.words is not null
        );
      end $$;`);
    this.addSql(`
      create or replace function run_search_query(search text) returns tsquery
      language plpgsql immutable parallel safe as $$
      begin
        return run_search_words_query(null, search);
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(runSearchQueryFromParser);
    this.addSql(runSearchWordsQueryForWords);
  }
}
