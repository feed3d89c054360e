import { readFile } from 'node:fs/promises';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLObjectType,
} from 'graphql';
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

const printedSchema = async () =>
  buildSchema(await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

describe('the printed schema', () => {
  it('describes every type, field, argument and enum value, as GraphiQL shows them', async () => {
    const schema = await printedSchema();
    const undescribed = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type))
      .flatMap((type) => {
        const parts: { path: string; description: string | null | undefined }[] = [
          { path: type.name, description: type.description },
        ];
        if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
          for (const field of Object.values(type.getFields())) {
            parts.push({ path: `${type.name}.${field.name}`, description: field.description });
            for (const arg of 'args' in field ? field.args : []) {
              parts.push({ path: `${type.name}.${field.name}(${arg.name})`, description: arg.description });
            }
          }
        }
        if (isEnumType(type)) {
          for (const value of type.getValues())
            parts.push({ path: `${type.name}.${value.name}`, description: value.description });
        }
        return parts.filter((part) => !part.description?.trim()).map((part) => part.path);
      });
    expect(undescribed).toEqual([]);
  });

  it("names every connection as API.md does, one type for each node's lists", async () => {
    const schema = await printedSchema();
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
