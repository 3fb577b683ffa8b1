import type { RoleName } from '@peerpath/contracts';
import { Area, mayOpen } from '@peerpath/web/auth/access';
import { cohortsLabel } from '@peerpath/web/cohorts/cohort-labels';

export interface NavItem {
  readonly label: string;
  readonly path: string;
  /** The area whose roles may see this item; undefined means every signed-in user. */
  readonly area?: Area;
  /** When the label depends on the roles held (a trainer's "My cohorts"). */
  readonly labelFor?: (roles: readonly RoleName[]) => string;
}

/** Every item of the service navigation, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', path: '/' },
  { label: 'Buddies', path: '/buddies', area: 'buddies' },
  { label: 'Recipients', path: '/recipients', area: 'recipients' },
  { label: 'Supervision', path: '/supervision', area: 'supervision' },
  { label: 'Concerns', path: '/concerns', area: 'concerns' },
  { label: 'Cohorts', path: '/cohorts', area: 'cohorts', labelFor: cohortsLabel },
  { label: 'Programmes', path: '/programmes', area: 'programmes' },
  { label: 'Prisons', path: '/prisons', area: 'prisons' },
  { label: 'Monitoring', path: '/monitoring', area: 'monitoring' },
  { label: 'Staff accounts', path: '/staff', area: 'staff' },
  { label: 'Audit trail', path: '/audit', area: 'auditTrail' },
];

/** The navigation items someone holding these roles may see. */
export function navItemsFor(roles: readonly RoleName[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.area === undefined || mayOpen(item.area, roles)).map((item) =>
    item.labelFor ? { ...item, label: item.labelFor(roles) } : item,
  );
}
