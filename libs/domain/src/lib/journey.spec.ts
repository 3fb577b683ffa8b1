import { JOURNEY_STAGES, journeyStage, type JourneyFacts } from './journey';

const approved: JourneyFacts = { released: false, selectionStatus: 'approved', certificate: null, inTraining: false };

describe('the journey stage', () => {
  it.each<[string, Partial<JourneyFacts>, string]>([
    ['an applicant', { selectionStatus: 'applied' }, 'applied'],
    ['someone declined', { selectionStatus: 'declined', certificate: 'valid' }, 'declined'],
    ['someone approved and waiting for a place', {}, 'approved'],
    ['someone in a running cohort', { inTraining: true }, 'in_training'],
    ['someone certified, even while training again', { certificate: 'valid', inTraining: true }, 'certified'],
    ['someone whose certificate is suspended, even past its expiry', { certificate: 'suspended' }, 'suspended'],
    ['someone whose certificate expired', { certificate: 'expired' }, 'expired'],
    ['someone whose certificate expired and who is training again', { certificate: 'expired', inTraining: true }, 'in_training'],
    ['someone whose certificate was revoked', { certificate: 'revoked' }, 'approved'],
    ['someone released, whatever else holds', { released: true, certificate: 'valid', inTraining: true }, 'released'],
  ])('%s', (_case, change, stage) => {
    expect(journeyStage({ ...approved, ...change })).toBe(stage);
  });
  it('lists every stage once', () => {
    expect(new Set(JOURNEY_STAGES).size).toBe(JOURNEY_STAGES.length);
    expect(JOURNEY_STAGES).toContain('expired');
  });
});
