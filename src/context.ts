import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ApiKey } from './db/entities/api-key.ts';
import type { Project } from './db/entities/project.ts';
import type { SubscriptionSharing } from './realtime/subscription-sharing.ts';
import type { Services } from './services.ts';

/** Who is calling: the API key's project bounds every read and write. */
export interface Viewer {
  project: Project;
  apiKey: ApiKey;
  isAdmin: boolean;
}

export type Authentication = { kind: 'authenticated'; viewer: Viewer } | { kind: 'anonymous'; reason: string };

/** One per GraphQL operation, built the same way for HTTP, SSE and graphql-ws. */
export interface Context {
  requestId: string;
  /** A fork of the ORM's entity manager for this operation only. */
  em: SqlEntityManager;
  auth: Authentication;
  services: Services;
  /** Set on graphql-ws subscriptions: identical ones share their live part (subscription-sharing.ts). */
  subscriptionSharing?: SubscriptionSharing;
}
