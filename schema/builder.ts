import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from '../src/context.ts';
import { ForbiddenError, UnauthenticatedError } from '../src/domain/errors.ts';
import { validationErrorFromIssues } from '../src/domain/validation.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { project: boolean; admin: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: () => Promise<number> };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      project: ctx.auth.kind === 'authenticated',
      admin: ctx.auth.kind === 'authenticated' && ctx.auth.viewer.isAdmin,
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.auth.kind === 'anonymous'
        ? new UnauthenticatedError(ctx.auth.reason)
        : new ForbiddenError('This operation needs an admin API key'),
  },
  relay: {
    // API.md: `id` is the entity's UUID, not an encoded global id. `node(id:)` is defined in
    // schema/node.ts, which finds the type from the UUID itself.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: () => {
      throw new Error('Trainyard ids are plain UUIDs; use node(id:) instead of global-id args');
    },
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  validation: {
    validationError: (result) => validationErrorFromIssues(result.issues),
  },
});

builder.queryType({ authScopes: { project: true } });
builder.mutationType({ authScopes: { project: true } });
builder.subscriptionType({ authScopes: { project: true } });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items matching the filter, across all pages.',
    resolve: (connection) => connection.totalCount(),
  }),
);

/** API.md's names for a list of `node`s, `<node>Connection` and `<node>Edge`: t.connection's last two arguments. */
export const connectionNames = (node: string) => [{ name: `${node}Connection` }, { name: `${node}Edge` }] as const;
