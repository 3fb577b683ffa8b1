import { AUDIT_ACTIONS, auditActionWords, auditChanges, auditChangesLine, auditFieldWords, auditValueWords, unattributedActor } from './audit';

describe('the audit trail in words', () => {
  it('names known actions as a coordinator would, and humanises any other', () => {
    expect(auditActionWords('supervision.recorded')).toBe('Supervision recorded');
    expect(auditActionWords('certificate.superseded')).toBe('Certificate replaced by a renewal');
    expect(auditActionWords('widget.turned_on')).toBe('Widget turned on');
  });

  it('groups every known action into a kind of change', () => {
    for (const { words, kind } of Object.values(AUDIT_ACTIONS)) {
      expect(words).toMatch(/^[A-Z]/);
      expect(kind).toMatch(/^[A-Z]/);
    }
  });

  it('says who acted when nobody signed in did', () => {
    expect(unattributedActor('demo.seeded')).toBe('Peerpath (demo data)');
    expect(unattributedActor('staff.created_by_cli')).toBe('System');
  });

  it('turns field names into words', () => {
    expect(auditFieldWords('plannedWeeklyHours')).toBe('Planned weekly hours');
    expect(auditFieldWords('weeklyHoursCap')).toBe('Weekly hours cap');
    expect(auditFieldWords('selection_status')).toBe('Selection status');
  });

  it('writes values in words: dates, times in London, Yes and No, codes, lists and nested records', () => {
    expect(auditValueWords('2026-03-03')).toBe('3 March 2026');
    // 23:30 UTC on a summer evening is already the next day in London.
    expect(auditValueWords('2026-07-01T23:30:00.000Z')).toBe('2 July 2026 at 00:30');
    expect(auditValueWords(true)).toBe('Yes');
    expect(auditValueWords(false)).toBe('No');
    expect(auditValueWords(8)).toBe('8');
    expect(auditValueWords('not_yet_competent')).toBe('Not yet competent');
    expect(auditValueWords('Settled in well, talks to staff')).toBe('Settled in well, talks to staff');
    expect(auditValueWords(['EXI', 'DAI'])).toBe('EXI, DAI');
    expect(auditValueWords([{ role: 'coordinator', scope: 'prison', clusterCode: null, prisonCode: 'EXI' }])).toBe('Coordinator Prison EXI');
    expect(auditValueWords(null)).toBeNull();
    expect(auditValueWords('')).toBeNull();
    expect(auditValueWords([])).toBeNull();
    // Identifiers stay as stored.
    expect(auditValueWords('trainer', 'username')).toBe('trainer');
    expect(auditValueWords([{ criterion: 'm1_c2', outcome: 'not_yet_competent' }])).toBe('m1_c2 Not yet competent');
  });

  it('lists only what changed, in words, both sides', () => {
    const changes = auditChanges(
      { weeklyHoursCap: 5, supervisionIntervalDays: 28, prisonCode: 'EXI' },
      { weeklyHoursCap: 8, supervisionIntervalDays: 28, prisonCode: 'EXI', boundariesDiscussed: true },
    );
    expect(changes).toEqual([
      { field: 'Weekly hours cap', before: '5', after: '8' },
      { field: 'Boundaries discussed', before: null, after: 'Yes' },
    ]);
  });

  it('shows a new record as every field it was created with', () => {
    expect(auditChanges(null, { heldOn: '2026-03-03', wellbeing: 4 })).toEqual([
      { field: 'Date held', before: null, after: '3 March 2026' },
      { field: 'Wellbeing (1 to 5)', before: null, after: '4' },
    ]);
  });

  it('never shows secrets or record ids, even at depth', () => {
    const changes = auditChanges(
      { passwordHash: '$argon2id$old', pin: '1234' },
      { passwordHash: '$argon2id$new', pinHash: 'x', token: 't', temporaryPassword: 'Tmp-123', supervisionId: 'a1b2', sessionIds: ['x'], roles: [{ role: 'admin', tokenHash: 'h' }] },
    );
    expect(changes).toEqual([{ field: 'Roles', before: null, after: 'Admin' }]);
    expect(JSON.stringify(changes)).not.toMatch(/argon|1234|Tmp-123|a1b2/);
  });

  it('keeps a field that was cleared', () => {
    expect(auditChanges({ lockedUntil: '2026-03-03T10:00:00Z' }, { lockedUntil: null })).toEqual([{ field: 'Locked until', before: '3 March 2026 at 10:00', after: null }]);
  });

  it('puts one side of the changes on one line for a CSV cell', () => {
    const changes = [
      { field: 'Weekly hours cap', before: '5', after: '8' },
      { field: 'Notes', before: null, after: 'Settled in' },
    ];
    expect(auditChangesLine(changes, 'before')).toBe('Weekly hours cap: 5');
    expect(auditChangesLine(changes, 'after')).toBe('Weekly hours cap: 8; Notes: Settled in');
  });
});
