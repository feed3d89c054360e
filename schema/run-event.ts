import { eventsOfRun } from '../resolvers/runs.ts';
import type { RunEvent } from '../src/db/entities/run-event.ts';
import { builder } from './builder.ts';
import { RunRef } from './refs.ts';

const RunEventRef = builder.objectRef<RunEvent>('RunEvent').implement({
  description: 'An entry of the run timeline.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'Order within the run.' }),
    ts: t.expose('ts', { type: 'DateTime', description: 'When it happened.' }),
    kind: t.exposeString('kind', { description: 'preparing, training, evaluating, completed, failed, cancelled.' }),
    payload: t.expose('payload', {
      type: 'JSON',
      description: 'Details: from/to status, who cancelled, dataset and job ids, augmentation shortfalls, errors.',
    }),
  }),
});

builder.objectField(RunRef, 'events', (t) =>
  t.field({
    type: [RunEventRef],
    description: 'The timeline: every status transition, with what the pipeline did.',
    resolve: (run, _args, ctx) => eventsOfRun(ctx, run),
  }),
);
