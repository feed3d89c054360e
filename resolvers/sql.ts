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

/**
 * Runs `work` in a transaction whose statements start no parallel workers. On a 2-core machine
 * their start-up cost more than they saved (bench/SEARCH.md): a sum over run_facet_count reads a
 * few thousand rows, but PostgreSQL, misjudging a slice of it 10-40x (its key columns are
 * correlated), planned two workers whose start-up took 30 ms against 5 ms of work; runStats over
 * a month of runs took 155-185 ms with two workers and 107 ms without, and 1.35 s against 1.30 s
 * over all of them.
 */
export function withoutParallelWorkers<T>(
  em: SqlEntityManager,
  work: (tx: SqlEntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    await tx.execute('set local max_parallel_workers_per_gather = 0');
    return work(tx);
  });
}
