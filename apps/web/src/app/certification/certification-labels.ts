import type { CertificateStatus } from '@peerpath/contracts';
import type { Tag } from '@peerpath/web/govuk/tag';

export const CERTIFICATE_TAGS: Record<CertificateStatus, Tag> = {
  valid: { text: 'Valid', colour: 'govuk-tag--green' },
  expired: { text: 'Expired', colour: 'govuk-tag--grey' },
  suspended: { text: 'Suspended', colour: 'govuk-tag--orange' },
  revoked: { text: 'Revoked', colour: 'govuk-tag--red' },
  superseded: { text: 'Renewed', colour: 'govuk-tag--grey' },
};
