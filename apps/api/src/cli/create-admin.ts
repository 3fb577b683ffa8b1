/**
 * Creates the first admin on a database that has no demo data:
 *   DATABASE_URL=... ADMIN_PASSWORD=... npm run create-admin -- <username> "<Full Name>"
 * Without ADMIN_PASSWORD the password is asked for on the terminal.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { PasswordsService } from '@peerpath/api/auth/passwords.service';
import { createDataSource } from '@peerpath/api/database/data-source';
import { migrate } from '@peerpath/api/database/migrate';

async function main(): Promise<void> {
  const [username, displayName] = process.argv.slice(2);
  const url = process.env['DATABASE_URL'];
  if (!url || !username) {
    console.error('Usage: DATABASE_URL=postgres://… [ADMIN_PASSWORD=…] npm run create-admin -- <username> "<Full Name>"');
    process.exit(2);
  }
  let password = process.env['ADMIN_PASSWORD'];
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question('Password (at least 12 characters): ');
    rl.close();
  }
  const passwords = new PasswordsService();
  const problems = passwords.problems(password, username);
  if (problems.length) {
    console.error(problems.map((p) => `- ${p.message}`).join('\n'));
    process.exit(2);
  }
  const dataSource = await createDataSource(url).initialize();
  try {
    await migrate(dataSource);
    const hash = await passwords.hash(password);
    await dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO users (username, display_name, password_hash, version) VALUES ($1, $2, $3, 1) RETURNING id`,
        [username.toLowerCase(), displayName ?? username, hash],
      );
      await manager.query(`INSERT INTO role_assignments (user_id, role, scope) VALUES ($1, 'admin', 'national')`, [id]);
      await manager.query(
        `INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, after) VALUES (NULL, 'staff.created_by_cli', 'user', $1, $2)`,
        [id, JSON.stringify({ username: username.toLowerCase(), roles: [{ role: 'admin', scope: 'national' }] })],
      );
    });
    console.log(`Created admin "${username.toLowerCase()}".`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => {
  console.error(err?.code === '23505' ? 'That username is already in use.' : err);
  process.exit(1);
});
