import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../resolvers/connection.ts';
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
    idFieldOptions: { description: "The entity's UUID." },
    nodeTypeOptions: { description: 'An entity with a UUID, found by `node(id:)`.' },
    defaultConnectionTypeOptions: { description: 'A page of a list (a Relay connection).' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, in list order.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Pass as `after` (or `before`) to page on from this item.' },
    pageInfoFieldOptions: { description: 'Where this page lies in the list.' },
    pageInfoTypeOptions: { description: 'Where a page lies in its list.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: "The first item's cursor; null on an empty page." },
    endCursorFieldOptions: { description: "The last item's cursor; null on an empty page." },
    firstArgOptions: {
      description: `Items from the start, or after \`after\`: at most ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given.`,
    },
    afterArgOptions: { description: 'A cursor: the page starts after its item.' },
    lastArgOptions: { description: `Items from the end, or before \`before\`: at most ${MAX_PAGE_SIZE}.` },
    beforeArgOptions: { description: 'A cursor: the page ends before its item.' },
  },
  validation: {
    validationError: (result) => validationErrorFromIssues(result.issues),
  },
});

builder.queryType({ description: "Reads, within the API key's project.", authScopes: { project: true } });
builder.mutationType({ description: "Writes, within the API key's project.", authScopes: { project: true } });
builder.subscriptionType({
  description: "Live streams over graphql-ws or SSE, within the API key's project.",
  authScopes: { project: true },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items matching the filter, across all pages.',
    resolve: (connection) => connection.totalCount(),
  }),
);

/** API.md's names for a list of `node`s, `<node>Connection` and `<node>Edge`: t.connection's last two arguments. */
export const connectionNames = (node: string) => [{ name: `${node}Connection` }, { name: `${node}Edge` }] as const;
