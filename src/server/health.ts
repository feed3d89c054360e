import type { Services } from '../services.ts';

export interface Readiness {
  ready: boolean;
  checks: Record<string, { ok: boolean; error?: string }>;
}

async function check(probe: () => Promise<unknown>): Promise<{ ok: boolean; error?: string }> {
  try {
    await probe();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** /readyz: the database answers a query and a message makes it through the pub/sub bus. */
export async function readiness(services: Services): Promise<Readiness> {
  const [database, pubsub] = await Promise.all([
    check(() => services.orm.em.fork().getConnection().execute('select 1')),
    check(() => services.pubsub.ping()),
  ]);
  return { ready: database.ok && pubsub.ok, checks: { database, pubsub } };
}
