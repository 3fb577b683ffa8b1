import { closedRecordAllows, type BuddyRecordAction } from './closed-record';

describe('what may still happen to a released buddy’s closed record', () => {
  it('allows revoking a certificate and recording or resolving a concern, and nothing else', () => {
    const all: BuddyRecordAction[] = [
      'recordSelection',
      'enrol',
      'recordSupervision',
      'allocate',
      'issueCertificate',
      'renewCertificate',
      'suspendCertificate',
      'reinstateCertificate',
      'revokeCertificate',
      'raiseConcern',
      'resolveConcern',
      'setPin',
      'transfer',
      'release',
    ];
    expect(all.filter(closedRecordAllows)).toEqual(['revokeCertificate', 'raiseConcern', 'resolveConcern']);
  });
});
