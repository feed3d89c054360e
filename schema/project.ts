import { z } from 'zod';
import * as access from '../resolvers/access.ts';
import { viewerOf } from '../resolvers/scope.ts';
import { ApiKeySchema, type ApiKey } from '../src/db/entities/api-key.ts';
import { ProjectSchema, type Project } from '../src/db/entities/project.ts';
import type { Viewer } from '../src/context.ts';
import { CreateApiKeyInput, CreateProjectInput } from '../src/domain/inputs/access.ts';
import { Id } from '../src/domain/inputs/common.ts';
import { builder, connectionNames } from './builder.ts';
import { isEntity } from './entity-type.ts';
import { ApiKeyRef, ProjectRef } from './refs.ts';

ProjectRef.implement({
  description: 'A tenant. Every other entity belongs to one project and is invisible to others.',
  isTypeOf: isEntity(ProjectSchema),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the project was created.' }),
  }),
});

ApiKeyRef.implement({
  description: 'A credential of a project. The secret is shown once, at creation; only its hash is kept.',
  isTypeOf: isEntity(ApiKeySchema),
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Who or what uses the key; recorded as `createdBy` on runs.' }),
    prefix: t.exposeString('prefix', { description: 'The first characters of the secret, to recognise it.' }),
    scopes: t.exposeStringList('scopes', { description: '`admin` may create projects.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was issued.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'Last use, to the minute.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the key stopped working.',
    }),
  }),
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The caller: the API key used and its project.',
  fields: (t) => ({
    project: t.expose('project', { type: ProjectRef, description: "The key's project." }),
    apiKey: t.expose('apiKey', { type: ApiKeyRef, description: 'The key used for this request.' }),
  }),
});

const ApiKeyScopeEnum = builder.enumType('ApiKeyScope', {
  description: 'Extra rights of an API key beyond its project.',
  values: { ADMIN: { value: 'admin' as const, description: 'May create projects.' } },
});

const CreateProjectInputRef = builder.inputType('CreateProjectInput', {
  description: 'A new tenant.',
  fields: (t) => ({ name: t.string({ required: true, description: '1-200 characters.' }) }),
});

const CreateApiKeyInputRef = builder.inputType('CreateApiKeyInput', {
  description: 'A new key for the caller’s project.',
  fields: (t) => ({
    label: t.string({ required: true, description: '1-200 characters.' }),
    scopes: t.field({ type: [ApiKeyScopeEnum], description: 'Extra rights; none by default.' }),
  }),
});

const CreateProjectPayload = builder.objectRef<{ project: Project; apiKey: string }>('CreateProjectPayload').implement({
  description: 'The new project and its first admin key.',
  fields: (t) => ({
    project: t.expose('project', { type: ProjectRef, description: 'The project.' }),
    apiKey: t.exposeString('apiKey', { description: 'Secret of its admin key. Shown once: store it now.' }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ apiKey: ApiKey; secret: string }>('CreateApiKeyPayload').implement({
  description: 'The new key and its secret.',
  fields: (t) => ({
    apiKey: t.expose('apiKey', { type: ApiKeyRef, description: 'The key.' }),
    secret: t.exposeString('secret', { description: 'Send as `Authorization: Bearer <secret>`. Shown once.' }),
  }),
});

const ApiKeyPayload = builder.objectRef<{ apiKey: ApiKey }>('ApiKeyPayload').implement({
  description: 'The key a mutation changed.',
  fields: (t) => ({ apiKey: t.expose('apiKey', { type: ApiKeyRef, description: 'The key.' }) }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    description: 'Who is calling.',
    resolve: (_root, _args, ctx) => viewerOf(ctx),
  }),
  apiKeys: t.connection(
    {
      type: ApiKeyRef,
      description: "Your project's API keys, newest first.",
      resolve: (_root, args, ctx) => access.listApiKeys(ctx, args),
    },
    ...connectionNames('ApiKey'),
  ),
}));

builder.mutationFields((t) => ({
  createProject: t.field({
    type: CreateProjectPayload,
    description: 'Creates a tenant with its own catalog and admin key. Needs an admin key.',
    authScopes: { admin: true },
    args: t.validate(
      { input: t.arg({ type: CreateProjectInputRef, required: true, description: 'The project to create.' }) },
      z.object({ input: CreateProjectInput }),
    ),
    resolve: async (_root, { input }, ctx) => {
      const { project, secret } = await access.createProject(ctx, input.name);
      return { project, apiKey: secret };
    },
  }),
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    description: 'Issues a key for your project. Only admins may issue admin keys.',
    args: t.validate(
      { input: t.arg({ type: CreateApiKeyInputRef, required: true, description: 'The key to create.' }) },
      z.object({ input: CreateApiKeyInput }),
    ),
    resolve: (_root, { input }, ctx) => access.createApiKey(ctx, input),
  }),
  revokeApiKey: t.field({
    type: ApiKeyPayload,
    description: 'Stops a key from working, at once and for good.',
    args: t.validate({ id: t.arg.id({ required: true, description: "The key's UUID." }) }, z.object({ id: Id })),
    resolve: async (_root, { id }, ctx) => ({ apiKey: await access.revokeApiKey(ctx, id) }),
  }),
}));
