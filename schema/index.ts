import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './scalars.ts';
import './node.ts';
import './project.ts';
import './spec.ts';
import './dataset.ts';
import './model.ts';
import './run.ts';
import './run-event.ts';
import './eval.ts';
import './job.ts';
import './facets.ts';
import './run-stats.ts';
import './worker.ts';
import './status-events.ts';
import './job-telemetry.ts';
import './training-recommendation.ts';
import './generation.ts';

/** Imports every type module for its side effect of registering with the builder. */
export const schema: GraphQLSchema = builder.toSchema({ sortSchema: false });
