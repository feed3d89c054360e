import { z } from 'zod';
import { findNode } from '../resolvers/node.ts';
import { Id } from '../src/domain/inputs/common.ts';
import { builder } from './builder.ts';

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any entity of your project by its UUID, or null.',
    args: t.validate({ id: t.arg.id({ required: true, description: "Any entity's UUID." }) }, z.object({ id: Id })),
    resolve: (_root, { id }, ctx) => findNode(ctx, id),
  }),
}));
