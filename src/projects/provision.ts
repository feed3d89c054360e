import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { ApiKeySchema, type ApiKey } from '../db/entities/api-key.ts';
import { ModelSchema } from '../db/entities/model.ts';
import { ProjectSchema, type Project } from '../db/entities/project.ts';
import { BASE_MODEL_CATALOG, countParams } from '../domain/model-catalog.ts';
import { issueSecret, type IssuedSecret } from '../domain/api-key-secret.ts';

export const ADMIN_SCOPE = 'admin';

export interface ProvisionedProject {
  project: Project;
  apiKey: ApiKey;
  /** Shown once; only its hash is stored. */
  secret: string;
}

/** Creates a project with the base-model catalog and its first (admin) API key, in one flush. */
export async function provisionProject(
  em: SqlEntityManager,
  name: string,
  issued: IssuedSecret = issueSecret(),
): Promise<ProvisionedProject> {
  // Ids are normally assigned at flush; this one is needed now, for the rows that refer to it.
  const project = em.create(ProjectSchema, { id: randomUUID(), name });
  const apiKey = em.create(ApiKeySchema, {
    projectId: project.id,
    label: 'admin',
    prefix: issued.prefix,
    secretHash: issued.hash,
    scopes: [ADMIN_SCOPE],
  });
  for (const entry of BASE_MODEL_CATALOG) {
    em.create(ModelSchema, {
      projectId: project.id,
      name: entry.name,
      kind: 'BASE',
      params: countParams(entry.architecture),
      config: { description: entry.description, architecture: entry.architecture },
    });
  }
  await em.flush();
  return { project, apiKey, secret: issued.secret };
}
