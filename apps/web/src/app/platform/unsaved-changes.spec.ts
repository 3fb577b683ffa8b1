import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { type HoldsUnsavedChanges, unsavedChangesGuard, warnBeforeUnload } from '@peerpath/web/platform/unsaved-changes';

describe('unsaved changes', () => {
  const page = (message: string | null): HoldsUnsavedChanges => ({ unsavedChanges: () => message });
  const leave = (p: HoldsUnsavedChanges) => unsavedChangesGuard(p, {} as ActivatedRouteSnapshot, {} as RouterStateSnapshot, {} as RouterStateSnapshot);
  let confirm: jest.SpyInstance;

  beforeEach(() => (confirm = jest.spyOn(window, 'confirm')));
  afterEach(() => confirm.mockRestore());

  it('lets a page with nothing unsaved go without asking', () => {
    expect(leave(page(null))).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it.each([
    [true, true],
    [false, false],
  ])('asks before leaving unsaved changes, and leaves only if the person agrees (%s)', (answer, leaves) => {
    confirm.mockReturnValue(answer);
    expect(leave(page('You have unsaved changes to module 3'))).toBe(leaves);
    expect(confirm).toHaveBeenCalledWith('You have unsaved changes to module 3');
  });

  it('makes the browser ask before closing or reloading the tab, only when there is something to lose', () => {
    const clean = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    warnBeforeUnload(clean, page(null));
    expect(clean.defaultPrevented).toBe(false);

    const dirty = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    warnBeforeUnload(dirty, page('You have unsaved changes'));
    expect(dirty.defaultPrevented).toBe(true);
  });
});
