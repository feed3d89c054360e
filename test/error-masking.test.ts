import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { createErrorMasker } from '../src/server/errors.ts';

describe('error masking', () => {
  const mask = createErrorMasker(createLogger('silent'));
  const codeOf = (error: Error) => (error as GraphQLError).extensions.code;

  it('answers a null the executor found in a non-null field as INTERNAL, without the field', () => {
    // graphql-jit's own report: a path, no originalError.
    const masked = mask(
      new GraphQLError('Cannot return null for non-nullable field Run.spec.', { path: ['run', 'spec'] }),
    );
    expect(codeOf(masked)).toBe('INTERNAL');
    expect(masked.message).toMatch(/^Internal error \(request .+\)$/);
  });

  it('answers errors in the request itself as BAD_USER_INPUT, with their message', () => {
    const requestErrors = [
      new GraphQLError('Syntax Error: Expected Name, found <EOF>.'),
      new GraphQLError('Cannot query field "nope" on type "Query".', {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
      new GraphQLError('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"', {
        originalError: new TypeError('Int cannot represent non-integer value: "x"'),
      }),
    ];
    for (const error of requestErrors) {
      const masked = mask(error);
      expect([codeOf(masked), masked.message]).toEqual(['BAD_USER_INPUT', error.message]);
    }
  });
});
