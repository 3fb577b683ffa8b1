import type { RoleName } from '@peerpath/contracts';
import { navItemsFor } from '@peerpath/web/layout/navigation';

const labelsFor = (roles: RoleName[]) => navItemsFor(roles).map((item) => item.label);

describe('navItemsFor', () => {
  it('shows only Home to a buddy', () => {
    expect(labelsFor(['buddy'])).toEqual(['Home']);
  });

  it('shows only Home to a trainer', () => {
    expect(labelsFor(['trainer'])).toEqual(['Home']);
  });

  it.each<RoleName>(['coordinator', 'auditor'])('shows Prisons but not Staff accounts to a %s', (role) => {
    expect(labelsFor([role])).toEqual(['Home', 'Prisons']);
  });

  it('shows Prisons and Staff accounts to an admin', () => {
    expect(labelsFor(['admin'])).toEqual(['Home', 'Prisons', 'Staff accounts']);
  });

  it('combines roles without repeating items', () => {
    expect(labelsFor(['trainer', 'coordinator', 'auditor'])).toEqual(['Home', 'Prisons']);
  });

  it('shows Home even with no roles', () => {
    expect(labelsFor([])).toEqual(['Home']);
  });
});
