import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Two database roles, as the README's Security section describes: an owner that runs the
 * migrations and owns every table, and the app's role that serves requests and owns nothing.
 * The app's role may read and write rows; it may not TRUNCATE, change the schema, disable a
 * trigger or switch triggers off with session_replication_role, so it cannot rewrite history.
 */

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The role a connection string signs in as (managed services may rename it, so ask the server). */
export async function roleOf(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string }>('SELECT current_user AS role');
    return rows[0].role;
  } finally {
    await client.end();
  }
}

/**
 * Append-only tables: those whose rows a trigger named `<table>_append_only` refuses to change.
 * Found in the catalogue rather than listed, so a table a later migration makes append-only is
 * covered here too.
 */
export async function appendOnlyTables(owner: DataSource): Promise<string[]> {
  const rows: { table: string }[] = await owner.query(`
    SELECT DISTINCT c.relname AS "table"
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND t.tgname = c.relname || '_append_only'
    ORDER BY 1`);
  return rows.map((r) => r.table);
}

/**
 * Run by the owner after the migrations, every start: gives the app's role what serving requests
 * needs on every table and sequence that exists now, and the same on tables the owner creates
 * later (default privileges). Append-only tables get SELECT and INSERT only; the migrations
 * table is read-only to the app; nothing gets TRUNCATE, REFERENCES or TRIGGER.
 */
export async function grantAppRole(owner: DataSource, appRole: string): Promise<void> {
  const app = quote(appRole);
  const appendOnly = await appendOnlyTables(owner);
  await owner.transaction(async (manager) => {
    await manager.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await manager.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await manager.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    for (const table of appendOnly) await manager.query(`REVOKE UPDATE, DELETE ON ${quote(table)} FROM ${app}`);
    await manager.query(`REVOKE INSERT, UPDATE, DELETE ON "migrations" FROM ${app}`);
    await manager.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`);
    await manager.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    await manager.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
    await manager.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
  });
}

/**
 * What is wrong with the app's role, in words, or undefined when it is least-privileged: a
 * superuser, a role that can bypass row security or replicate, or one that owns tables could
 * TRUNCATE or alter the audit trail.
 */
export async function appRoleProblem(owner: DataSource, appRole: string): Promise<string | undefined> {
  const [role]: { superuser: boolean; bypassRls: boolean; replication: boolean; owned: number }[] = await owner.query(
    `SELECT r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls", r.rolreplication AS replication,
            (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND c.relowner = r.oid)::int AS owned
     FROM pg_roles r WHERE r.rolname = $1`,
    [appRole],
  );
  if (!role) return undefined;
  const problems = [
    role.superuser ? 'is a superuser' : '',
    role.owned ? `owns ${role.owned} table(s) and index(es)` : '',
    role.bypassRls ? 'can bypass row security' : '',
    role.replication ? 'can replicate' : '',
  ].filter(Boolean);
  if (!problems.length) return undefined;
  return (
    `The app's database role "${appRole}" ${problems.join(', ')}: it could TRUNCATE or alter the append-only history. ` +
    'Set DATABASE_URL to a role that owns nothing and MIGRATION_DATABASE_URL to the owner that runs the migrations (README, Security).'
  );
}

export interface EmbeddedRoles {
  owner: string;
  ownerPassword: string;
  app: string;
  appPassword: string;
}

/**
 * On the embedded server, as its superuser: creates (or updates the passwords of) the owner and
 * app roles, makes the owner own the database and everything an older Peerpath left owned by the
 * superuser, and lets only the owner and the app connect.
 */
export async function ensureEmbeddedRoles(adminUrl: string, database: string, roles: EmbeddedRoles): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const [name, password] of [
      [roles.owner, roles.ownerPassword],
      [roles.app, roles.appPassword],
    ]) {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${admin.escapeLiteral(password)}`;
      await admin.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${quote(name)} ${exists.rowCount ? 'WITH ' : ''}${attributes}`);
    }
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${quote(database)} OWNER ${quote(roles.owner)}`);
    else await admin.query(`ALTER DATABASE ${quote(database)} OWNER TO ${quote(roles.owner)}`);
    await admin.query(`REVOKE ALL ON DATABASE ${quote(database)} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT ON DATABASE ${quote(database)} TO ${quote(roles.app)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const inDatabase = new Client({ connectionString: url.toString() });
  await inDatabase.connect();
  try {
    await adoptObjects(inDatabase, roles.owner);
  } finally {
    await inDatabase.end();
  }
}

/** Data folders made before the roles existed have the superuser owning the tables: hand them over. */
async function adoptObjects(client: Client, owner: string): Promise<void> {
  await client.query(`
    DO $$
    DECLARE r record;
    BEGIN
      FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND pg_get_userbyid(c.relowner) <> ${client.escapeLiteral(owner)}
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
      LOOP EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, ${client.escapeLiteral(owner)}); END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> ${client.escapeLiteral(owner)}
      LOOP EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, ${client.escapeLiteral(owner)}); END LOOP;
      FOR r IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> ${client.escapeLiteral(owner)}
      LOOP EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, ${client.escapeLiteral(owner)}); END LOOP;
    END $$`);
}
