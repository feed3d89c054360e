import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { ApiKeySchema } from '../db/entities/api-key.ts';
import { ProjectSchema } from '../db/entities/project.ts';
import { adoptSecret, issueSecret } from '../domain/api-key-secret.ts';
import { ADMIN_SCOPE, provisionProject } from './provision.ts';

/** Arbitrary constant: serialises first-start provisioning across API instances. */
const BOOTSTRAP_LOCK = 72_617_001;

export type BootstrapOutcome =
  { kind: 'created'; projectName: string; secret: string; fromEnvironment: boolean } | { kind: 'existing' };

/**
 * First start: creates the default project and its admin key. With TRAINYARD_ADMIN_KEY the
 * key is that secret (also added to an existing installation), so automation knows it up front.
 */
export async function bootstrap(em: SqlEntityManager, adminKey: string | undefined): Promise<BootstrapOutcome> {
  const issued = adminKey ? adoptSecret(adminKey) : issueSecret();
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [BOOTSTRAP_LOCK]);
    const [first] = await tx.find(ProjectSchema, {}, { orderBy: { createdAt: 'asc' }, limit: 1 });
    if (!first) {
      await provisionProject(tx, 'default', issued);
      return { kind: 'created', projectName: 'default', secret: issued.secret, fromEnvironment: !!adminKey };
    }
    if (adminKey && !(await tx.findOne(ApiKeySchema, { secretHash: issued.hash }))) {
      tx.create(ApiKeySchema, {
        projectId: first.id,
        label: 'admin (TRAINYARD_ADMIN_KEY)',
        prefix: issued.prefix,
        secretHash: issued.hash,
        scopes: [ADMIN_SCOPE],
      });
    }
    return { kind: 'existing' };
  });
}
