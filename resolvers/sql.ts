import type { SqlEntityManager } from '@mikro-orm/postgresql';

/**
 * A piece of SQL and the values for its `?` placeholders, composable with the `sql` tag:
 * interpolating a Sql splices it in, interpolating anything else adds a placeholder. MikroORM's
 * `em.execute` fills the placeholders with escaped literals (its own `formatQuery`), so a
 * statement built here runs the same on PostgreSQL and PGlite. Search, facet and stats queries
 * need SQL the ORM's filters cannot express (GROUPING SETS, row comparisons, transition counts).
 */
export class Sql {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return new Sql(text, params);
}

/** Trusted SQL text (identifiers, keywords chosen by code), never user input. */
export const raw = (text: string): Sql => new Sql(text, []);

export function join(parts: readonly Sql[], separator: string): Sql {
  return new Sql(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.params),
  );
}

/** `array[...]::type[]`: one typed array literal (formatQuery expands an array value into a list). */
export const array = (values: readonly unknown[], type: 'text' | 'uuid'): Sql =>
  values.length === 0 ? raw(`'{}'::${type}[]`) : new Sql(`array[?]::${type}[]`, [values]);

export const and = (parts: readonly Sql[]): Sql => (parts.length === 0 ? raw('true') : join(parts.map(paren), ' and '));
export const or = (parts: readonly Sql[]): Sql => (parts.length === 0 ? raw('false') : join(parts.map(paren), ' or '));
const paren = (part: Sql): Sql => sql`(${part})`;

export function execute<T>(em: SqlEntityManager, query: Sql): Promise<T[]> {
  return em.execute<T[]>(query.text, [...query.params]);
}
