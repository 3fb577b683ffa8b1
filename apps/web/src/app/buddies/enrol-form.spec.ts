import type { CohortSummary } from '@peerpath/contracts';
import { openCohorts } from '@peerpath/web/buddies/enrol-form';

const cohort = (id: string, status: CohortSummary['status'], over: Partial<CohortSummary> = {}): CohortSummary => ({
  id,
  name: `Cohort ${id}`,
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  programmeId: 'p1',
  programmeTitle: 'Buddy Support Worker',
  programmeVersionId: 'v1',
  versionLabel: '2026.1',
  startsOn: '2026-03-02',
  endsOn: '2026-06-01',
  capacity: 12,
  activeEnrolments: 4,
  status,
  ...over,
});

describe('openCohorts (the enrol form’s choices)', () => {
  it('offers planned cohorts first, then running ones, each in the order they start', () => {
    const sortedByStart = [cohort('r1', 'running'), cohort('r2', 'running', { programmeId: 'p2' }), cohort('p1', 'planned', { programmeId: 'p3' }), cohort('p2', 'planned', { programmeId: 'p4' })];
    expect(openCohorts(sortedByStart, 'EXI', []).map((c) => c.id)).toEqual(['p1', 'p2', 'r1', 'r2']);
  });

  it('leaves out finished and full cohorts, other prisons, and programmes the buddy already holds a place on', () => {
    const cohorts = [
      cohort('held', 'running'),
      cohort('same-programme', 'planned'),
      cohort('finished', 'finished', { programmeId: 'p2' }),
      cohort('full', 'planned', { programmeId: 'p3', activeEnrolments: 12 }),
      cohort('elsewhere', 'planned', { programmeId: 'p4', prisonCode: 'DAI' }),
      cohort('open', 'planned', { programmeId: 'p5' }),
    ];
    expect(openCohorts(cohorts, 'EXI', ['held']).map((c) => c.id)).toEqual(['open']);
  });
});
