import { createDataSource } from './data-source';
import { migrate } from './migrate';
import { appRoleProblem, grantAppRole, roleOf } from './roles';

export interface Prepared {
  applied: number;
  /** Set when the app's role could rewrite history (a superuser, or the owner of the tables). */
  warning?: string;
}

/**
 * Before serving: the owner applies pending migrations, then (when the app signs in as another
 * role) grants that role what serving requests needs, on every table including ones the
 * migrations just made. Then checks that the app's role could not rewrite history.
 */
export async function prepareDatabase(ownerUrl: string, appUrl: string): Promise<Prepared> {
  const owner = await createDataSource(ownerUrl).initialize();
  try {
    const applied = await migrate(owner);
    const [ownerRole, appRole] = await Promise.all([roleOf(ownerUrl), ownerUrl === appUrl ? undefined : roleOf(appUrl)]);
    if (appRole && appRole !== ownerRole) await grantAppRole(owner, appRole);
    return { applied, warning: await appRoleProblem(owner, appRole ?? ownerRole) };
  } finally {
    await owner.destroy();
  }
}

/**
 * Gathers the planner's statistics as the owner (the app's role may not). After the demo seed a
 * new database holds thousands of rows that PostgreSQL still believes are a handful, and plans
 * built on that guess can repeat an aggregate once per row (measured: the national dashboard's
 * progress by module took 11 s on a fresh demo database, 0.2 s once analysed).
 */
export async function refreshStatistics(ownerUrl: string): Promise<void> {
  const owner = await createDataSource(ownerUrl).initialize();
  try {
    await owner.query('ANALYZE');
  } finally {
    await owner.destroy();
  }
}

/** An error in words, with its causes: never a bare "undefined". */
export function describeError(err: unknown): string {
  if (err === undefined || err === null) return 'an unknown error (nothing was reported)';
  if (!(err instanceof Error)) return String(err);
  if (err instanceof AggregateError && !err.message) return err.errors.map(describeError).join('; ');
  const code = (err as { code?: unknown }).code;
  let text = `${err.message || err.name}${typeof code === 'string' ? ` (${code})` : ''}`;
  if (err.cause !== undefined) text += `\n  because: ${describeError(err.cause)}`;
  return text;
}
