import { Migration } from '@mikro-orm/migrations';

/** run_facet_rows (Migration20261122133015) counting by each of `pairFields` as a filter field. */
const facetRows = (pairFields: string) => `
  create or replace function run_facet_rows(
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
    where p.field in (${pairFields})
  $$;`;

export class Migration20261129214500 extends Migration {

  override async up(): Promise<void> {
    // A hyphenated word is one lexeme and its parts ('customer-acme', 'customer', 'acme'), and
    // to_tsquery turned it into a phrase whose row estimate was 1 against 28,900 at a million
    // runs, so the newest 20 matches were found by sorting all of them (0.6 s). The compound
    // alone finds the same runs, and its frequency is in the column's statistics; the cast keeps
    // each lexeme whole instead of parsing it again.
    this.addSql(`
      create or replace function run_search_query(search text) returns tsquery
      language sql immutable parallel safe as $$
        select string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''':*', ' & ')::tsquery
        from ts_debug('simple', search) token cross join unnest(token.lexemes) lexeme
        where token.alias not like 'hword\\_%'
      $$;`);
    // SPEC joins the filter fields counted per value: the dashboard's usual panel is one spec
    // plus one more filter, and the counts of every other field under the spec alone now come
    // from sums instead of a second scan of the spec's runs.
    this.addSql(facetRows(`'ENVIRONMENT', 'CREATED_BY', 'BASE_MODEL', 'TAG', 'SPEC'`));
    this.addSql(`select run_facet_count_rebuild(id) from project;`);
    this.addSql(`analyze "run_facet_count";`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create or replace function run_search_query(search text) returns tsquery
      language sql immutable parallel safe as $$
        select to_tsquery('simple', string_agg(quote_literal(word) || ':*', ' & '))
        from unnest(tsvector_to_array(to_tsvector('simple', search))) word
      $$;`);
    this.addSql(facetRows(`'ENVIRONMENT', 'CREATED_BY', 'BASE_MODEL', 'TAG'`));
    this.addSql(`select run_facet_count_rebuild(id) from project;`);
    this.addSql(`analyze "run_facet_count";`);
  }

}
