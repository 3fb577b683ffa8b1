import type { RoleName } from '@peerpath/contracts';

export const ROLE_LABELS: Record<RoleName, string> = {
  admin: 'Administrator',
  trainer: 'Trainer',
  coordinator: 'Coordinator',
  auditor: 'Auditor',
  buddy: 'Buddy',
};
