import * as workers from '../resolvers/workers.ts';
import { WorkerSchema } from '../src/db/entities/worker.ts';
import { WORKER_LOST_AFTER_MS, workerStatus } from '../src/domain/worker-liveness.ts';
import { builder } from './builder.ts';
import { isEntity } from './entity-type.ts';
import { JobRef, WorkerRef } from './refs.ts';

WorkerRef.implement({
  description: 'A worker process that claims and runs jobs.',
  isTypeOf: isEntity(WorkerSchema),
  fields: (t) => ({
    host: t.exposeString('host', { description: 'Hostname.' }),
    environment: t.exposeString('environment', { description: 'Jobs of this environment are its to claim.' }),
    trainers: t.exposeStringList('trainers', {
      description: "The trainer it runs: the built-in trainer's name, or the custom command.",
    }),
    gpu: t.expose('gpu', { type: 'JSON', nullable: true, description: 'GPU model and memory, as nvidia-smi reports.' }),
    status: t.string({
      description: `\`idle\`, \`busy\`, \`stopped\`, or \`lost\`: no heartbeat for ${WORKER_LOST_AFTER_MS / 1000} s without a clean stop (killed, or its machine or network is down).`,
      resolve: (worker) => workerStatus(worker.status, worker.lastHeartbeatAt),
    }),
    lastHeartbeatAt: t.expose('lastHeartbeatAt', { type: 'DateTime', description: 'Last sign of life.' }),
    currentJob: t.field({
      type: JobRef,
      nullable: true,
      description: 'The job it is running, if it belongs to your project.',
      resolve: (worker, _args, ctx) => workers.currentJobOf(ctx, worker),
    }),
  }),
});

builder.queryFields((t) => ({
  workers: t.field({
    type: [WorkerRef],
    description: 'Workers serving your project, most recently seen first.',
    resolve: (_root, _args, ctx) => workers.listWorkers(ctx),
  }),
}));
