import type { CanDeactivateFn } from '@angular/router';

/** A page that may hold changes not yet saved: it says what would be lost, or null when nothing would. */
export interface HoldsUnsavedChanges {
  unsavedChanges(): string | null;
}

/**
 * Asks before leaving a page with unsaved changes by a link, the back button or the menu
 * (in-app navigation). The browser's own dialog, from `warnBeforeUnload`, covers closing or
 * reloading the tab, which the router never sees.
 */
export const unsavedChangesGuard: CanDeactivateFn<HoldsUnsavedChanges> = (page) => {
  const message = page.unsavedChanges();
  return message === null || window.confirm(message);
};

/**
 * A `beforeunload` handler: the browser asks "Leave site?" (in its own words; browsers ignore
 * ours) only while there is something to lose, so an unchanged page closes without a question.
 */
export function warnBeforeUnload(event: BeforeUnloadEvent, page: HoldsUnsavedChanges): void {
  if (page.unsavedChanges() === null) return;
  event.preventDefault();
  // Older browsers ask only when returnValue is set.
  event.returnValue = true;
}
