import { randomBytes } from 'node:crypto';
import { addDays, certificateExpiry, certificateNumber, prisonToday } from '@peerpath/domain';
import * as argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import { ARGON2_OPTIONS } from '@peerpath/api/auth/passwords.service';

/**
 * The coordinators' half of the demo at HMP Exeter, built on the training demo: each
 * finished buddy has a story worth opening (BRIEF: the buddy's journey).
 * - Xavier Young: certified, supervised, allocated to two people.
 * - Aled Bowen: certified but overdue for supervision, so the gate stops any allocation.
 * - Craig Davies: certificate suspended while a boundary concern is reviewed; his allocation needs attention.
 * - Elliot Fraser: eligible, not yet certified.
 * - Gareth Hughes: certified and supervised, not yet allocated.
 * - Rhodri Price: trained two years ago; his certificate expired last month. He has re-met
 *   the refresher criteria of modules 8 to 10; module 11 and a supervision are still to do
 *   before his coordinator can renew it.
 * - Aaron Blake (A1234BC) is mid-training and signs in at the kiosk with PIN 246810.
 */
export const DEMO_BUDDY_PIN = '246810';

const day = (offset: number) => addDays(prisonToday(), offset);

const RECIPIENTS = [
  { prisonNumber: 'G4821RT', firstName: 'Graham', lastName: 'Rowe', summary: 'Uses a wheelchair. Needs meals collected and help getting to education.', ref: 'DCC-ASC-2026-0113' },
  { prisonNumber: 'G5310LK', firstName: 'Leonard', lastName: 'Kerr', summary: 'Limited mobility after a stroke. Would like company and help keeping his cell tidy.', ref: 'DCC-ASC-2026-0147' },
  { prisonNumber: 'G6042PM', firstName: 'Peter', lastName: 'Mills', summary: 'Sight loss. Needs letters, menus and applications read and written.', ref: 'DCC-ASC-2026-0162' },
  { prisonNumber: 'G7155DS', firstName: 'Dennis', lastName: 'Shaw', summary: 'Uses a walking frame. Needs an escort to healthcare and the library.', ref: 'DCC-ASC-2026-0178' },
  { prisonNumber: 'G8266BW', firstName: 'Brian', lastName: 'Walsh', summary: 'Early dementia. Benefits from company and help with the daily menu.', ref: 'DCC-ASC-2026-0185' },
];

export async function seedDemoScheme(manager: EntityManager, users: Record<string, string>): Promise<void> {
  const coordinator = users['coordinator'];
  const trainer = users['trainer'];
  const [{ id: prisonId }] = await manager.query(`SELECT id FROM prisons WHERE code = 'EXI'`);
  const buddyIds: Record<string, string> = Object.fromEntries(
    (await manager.query(`SELECT prison_number, id FROM buddies`)).map((b: { prison_number: string; id: string }) => [b.prison_number, b.id]),
  );

  const supervise = (prisonNumber: string, offset: number, wellbeing: number, hours: number, actions: string, concerns = '') =>
    manager.query(
      `INSERT INTO supervisions (buddy_id, prison_id, supervisor_user_id, held_on, duration_minutes, hours_worked_since_last, wellbeing, boundaries_discussed, concerns, agreed_actions)
       VALUES ($1, $2, $3, $4, 30, $5, $6, true, $7, $8)`,
      [buddyIds[prisonNumber], prisonId, coordinator, day(offset), hours, wellbeing, concerns, actions],
    );
  // During training (the spring cohort started 160 days ago), then since.
  for (const n of ['B2182XY', 'B3291AB', 'B4300CD', 'B5419EF', 'B6528GH']) await supervise(n, -120, 4, 0, 'Keep a note of questions for the next module.');
  await supervise('B2182XY', -9, 5, 28, 'Carry on with both allocations; ask for a wheelchair skills refresher.');
  await supervise('B3291AB', -45, 3, 12, 'Book the next supervision in four weeks.');
  await supervise('B4300CD', -12, 2, 20, 'Boundaries talked through again after the concern.', 'Asked by a recipient to help with washing.');
  await supervise('B5419EF', -6, 4, 0, 'Ready for certification.');
  await supervise('B6528GH', -3, 4, 0, 'Keen to start; prefers mornings.');
  await supervise('B7637RP', -850, 4, 0, 'Settling in well to the course.');
  await supervise('B7637RP', -40, 4, 6, 'Book refresher sessions before the certificate runs out.');
  // The running cohort: some supervised during training, others not yet (overdue).
  await supervise('A1234BC', -20, 4, 0, 'Practise saying no politely.');
  await supervise('A2211DE', -15, 5, 0, 'On track.');
  await supervise('A6637MN', -25, 3, 0, 'Talk to the trainer about module 7.');

  // Certificates, numbered per prison and year as the service would.
  const certificates: Record<string, string> = {};
  for (const [prisonNumber, issuedOffset] of [['B7637RP', -761], ['B2182XY', -60], ['B3291AB', -58], ['B4300CD', -55], ['B6528GH', -20]] as const) {
    const issuedOn = day(issuedOffset);
    const year = Number(issuedOn.slice(0, 4));
    const [{ last_number: sequence }] = await manager.query(
      `INSERT INTO certificate_counters (prison_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (prison_id, year) DO UPDATE SET last_number = certificate_counters.last_number + 1 RETURNING last_number`,
      [prisonId, year],
    );
    const [{ id }] = await manager.query(
      `INSERT INTO certificates (number, buddy_id, programme_version_id, programme_id, prison_id, issued_on, expires_on, verification_code, issued_by_user_id, version)
       SELECT $1, $2, co.programme_version_id, co.programme_id, $3, $4, $5, $6, $7, 1
         FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id WHERE e.buddy_id = $2 LIMIT 1 RETURNING id`,
      [certificateNumber('EXI', year, sequence), buddyIds[prisonNumber], prisonId, issuedOn, certificateExpiry(issuedOn, 24), randomBytes(16).toString('base64url'), coordinator],
    );
    certificates[prisonNumber] = id;
  }

  // Rhodri's refresher so far: modules 8, 9 and 10 met again ten days ago.
  await manager.query(
    `INSERT INTO assessment_decisions (buddy_id, criterion_id, cohort_id, outcome, method, assessed_on, evidence_note, assessor_user_id)
     SELECT e.buddy_id, ac.id, e.cohort_id, 'met', CASE WHEN ac.kind = 'competence' THEN 'observation' ELSE 'questioning' END::assessment_method, $2, 'Refresher: talked through and seen on the wing', $3
       FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id
       JOIN assessment_criteria ac ON ac.programme_version_id = co.programme_version_id AND ac.refresher
       JOIN programme_modules m ON m.id = ac.module_id AND m.number IN (8, 9, 10)
      WHERE e.buddy_id = $1 ORDER BY m.number, ac.position`,
    [buddyIds['B7637RP'], day(-10), trainer],
  );

  const recipients: string[] = [];
  for (const r of RECIPIENTS) {
    const [{ id }] = await manager.query(
      `INSERT INTO recipients (prison_number, first_name, last_name, prison_id, support_summary, care_plan_reference, version) VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
      [r.prisonNumber, r.firstName, r.lastName, prisonId, r.summary, r.ref],
    );
    recipients.push(id);
  }
  await manager.query(
    `INSERT INTO recipients (prison_number, first_name, last_name, prison_id, support_summary, care_plan_reference, version)
     SELECT 'G9377HN', 'Harold', 'Nash', id, 'Uses a wheelchair on the landing; needs meals collected.', 'DCC-ASC-2026-0191', 1 FROM prisons WHERE code = 'DAI'`,
  );

  const allocate = (prisonNumber: string, recipient: string, tasks: string[], hours: number, offset: number) =>
    manager.query(
      `INSERT INTO allocations (buddy_id, recipient_id, prison_id, tasks, planned_weekly_hours, starts_on, allocated_by_user_id, version) VALUES ($1, $2, $3, $4, $5, $6, $7, 1)`,
      [buddyIds[prisonNumber], recipient, prisonId, tasks, hours, day(offset), coordinator],
    );
  await allocate('B2182XY', recipients[0], ['collecting_meals', 'wheelchair_assistance'], 5, -50);
  await allocate('B2182XY', recipients[1], ['company_activities', 'cleaning_living_space'], 3, -40);
  await allocate('B4300CD', recipients[2], ['reading_writing'], 4, -45);

  // Craig's concern, and his certificate suspended while it is reviewed.
  await manager.query(
    `INSERT INTO concerns (buddy_id, prison_id, kind, description, raised_by_user_id, raised_at, version)
     VALUES ($1, $2, 'boundary', 'Seen helping the man he supports to wash in the shower block, which is intimate care and outside the buddy role.', $3, now() - interval '4 days', 1)`,
    [buddyIds['B4300CD'], prisonId, trainer],
  );
  await manager.query(`UPDATE certificates SET status = 'suspended', version = version + 1 WHERE id = $1`, [certificates['B4300CD']]);
  await manager.query(
    `INSERT INTO certificate_status_changes (certificate_id, from_status, to_status, reason, changed_by_user_id) VALUES ($1, 'valid', 'suspended', 'Pending review of a boundary concern', $2)`,
    [certificates['B4300CD'], coordinator],
  );

  // Aaron signs in at the kiosk with his prison number and PIN.
  const [{ id: aaronUser }] = await manager.query(
    `INSERT INTO users (username, display_name, password_hash, buddy_id, version) VALUES ('a1234bc', 'Aaron Blake', $1, $2, 1) RETURNING id`,
    [await argon2.hash(DEMO_BUDDY_PIN, ARGON2_OPTIONS), buddyIds['A1234BC']],
  );
  await manager.query(`INSERT INTO role_assignments (user_id, role, scope) VALUES ($1, 'buddy', 'self')`, [aaronUser]);
}
