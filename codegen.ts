import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './schema/index.ts';

/**
 * `npm run codegen` prints the Pothos schema to schema/schema.graphql and types the operations
 * the tests send (written with `graphql()` in the test files). `npm run check` runs it with
 * --check, so a schema or operation change without regenerated files fails CI.
 */
const config: CodegenConfig = {
  schema: printSchema(schema),
  documents: ['test/**/*.ts', '!test/generated/**'],
  // ESM: generated files import each other with explicit extensions.
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: false } },
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
