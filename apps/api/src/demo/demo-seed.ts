import type { RoleName, ScopeLevel } from '@peerpath/contracts';
import * as argon2 from 'argon2';
import { ARGON2_OPTIONS } from '@peerpath/api/auth/passwords.service';
import { today } from '@peerpath/api/platform/dates';
import type { DataSource } from 'typeorm';
import { seedDemoHistory } from './demo-history';
import { seedDemoScheme } from './demo-scheme';
import { seedDemoTraining } from './demo-training';

export const DEMO_PASSWORD = 'peerpath-demo-2026';

interface DemoUser {
  username: string;
  displayName: string;
  roles: { role: RoleName; scope: ScopeLevel; cluster?: string; prison?: string }[];
  describe: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: 'Alex Admin', roles: [{ role: 'admin', scope: 'national' }], describe: 'admin, national' },
  { username: 'trainer', displayName: 'Tess Trainer', roles: [{ role: 'trainer', scope: 'prison', prison: 'EXI' }], describe: 'trainer, delivers at Exeter (EXI)' },
  {
    username: 'coordinator',
    displayName: 'Chris Coordinator',
    roles: [
      { role: 'coordinator', scope: 'prison', prison: 'EXI' },
      { role: 'coordinator', scope: 'prison', prison: 'DAI' },
    ],
    describe: 'coordinator at Exeter (EXI) and Dartmoor (DAI)',
  },
  { username: 'auditor', displayName: 'Ada Auditor', roles: [{ role: 'auditor', scope: 'cluster', cluster: 'devon' }], describe: 'auditor, Devon cluster' },
];

/**
 * Demo data, written once: if the demo admin already exists nothing is touched,
 * so restarting keeps whatever people did in the demo. `history` adds a year of history at
 * the other Devon and the Yorkshire prisons (demo-history.ts); API tests leave it out unless
 * they ask, so their counts stay their own.
 */
export async function seedDemo(dataSource: DataSource, options: { history?: boolean } = {}): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Two processes starting together must not both seed.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('peerpath-demo-seed'))`);
    const existing = await manager.query(`SELECT 1 FROM users WHERE username = 'admin'`);
    if (existing.length) return false;
    const passwordHash = await argon2.hash(DEMO_PASSWORD, ARGON2_OPTIONS);
    const userIds: Record<string, string> = {};
    for (const user of DEMO_USERS) {
      const [{ id }] = await manager.query(
        `INSERT INTO users (username, display_name, password_hash, version) VALUES ($1, $2, $3, 1) RETURNING id`,
        [user.username, user.displayName, passwordHash],
      );
      userIds[user.username] = id;
      for (const r of user.roles) {
        await manager.query(
          `INSERT INTO role_assignments (user_id, role, scope, cluster_id, prison_id)
           VALUES ($1, $2, $3, (SELECT id FROM clusters WHERE code = $4), (SELECT id FROM prisons WHERE code = $5))`,
          [id, r.role, r.scope, r.cluster ?? null, r.prison ?? null],
        );
      }
      await manager.query(
        `INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, after) VALUES (NULL, 'demo.seeded', 'user', $1, $2)`,
        [id, JSON.stringify({ username: user.username, roles: user.roles })],
      );
    }
    await seedDemoTraining(manager, userIds);
    await seedDemoScheme(manager, userIds);
    if (options.history ?? true) await seedDemoHistory(manager, today(), passwordHash);
    return true;
  });
}
