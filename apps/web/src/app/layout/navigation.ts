import type { RoleName } from '@peerpath/contracts';
import { Area, mayOpen } from '@peerpath/web/auth/access';

export interface NavItem {
  readonly label: string;
  readonly path: string;
  /** The area whose roles may see this item; undefined means every signed-in user. */
  readonly area?: Area;
}

/** Every item of the service navigation, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', path: '/' },
  { label: 'Prisons', path: '/prisons', area: 'prisons' },
  { label: 'Staff accounts', path: '/staff', area: 'staff' },
];

/** The navigation items someone holding these roles may see. */
export function navItemsFor(roles: readonly RoleName[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.area === undefined || mayOpen(item.area, roles));
}
