import { readFile } from 'node:fs/promises';
import { buildSchema, getNamedType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

/** API.md's connection types, by the fields that return them. */
const CONNECTIONS: Record<string, string> = {
  'Query.runs': 'RunConnection',
  'BehaviorSpec.runs': 'RunConnection',
  'Run.children': 'RunConnection',
  'Run.evals': 'EvalConnection',
  'Query.specs': 'BehaviorSpecConnection',
  'Query.jobs': 'JobConnection',
  'Query.datasets': 'DatasetConnection',
  'Query.models': 'ModelConnection',
  'Dataset.records': 'DatasetRecordConnection',
};

describe('the printed schema', () => {
  it("names every connection as API.md does, one type for each node's lists", async () => {
    const schema = buildSchema(await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
    const returned = Object.fromEntries(
      Object.keys(CONNECTIONS).map((path) => {
        const [type, field] = path.split('.') as [string, string];
        const owner = schema.getType(type) as GraphQLObjectType;
        return [path, getNamedType(owner.getFields()[field]!.type).name];
      }),
    );
    expect(returned).toEqual(CONNECTIONS);
    const runs = schema.getType('RunConnection') as GraphQLObjectType;
    expect(getNamedType(runs.getFields().edges!.type).name).toBe('RunEdge');
    expect(Object.keys(runs.getFields())).toEqual(['edges', 'pageInfo', 'totalCount']);
  });
});
