import { afterNextRender, Injector } from '@angular/core';
import { focusElement } from '@peerpath/web/govuk/error-summary';

/** The id of the success banner's heading (see SuccessBanner), which takes focus after an in-page action. */
export const SUCCESS_BANNER_HEADING = 'success-banner-title';

/**
 * Once the page has rendered, moves focus to the element with this id, so that after an action
 * that stays on the page (issuing a certificate, suspending one) keyboard and screen reader
 * users land on its outcome rather than on a button that may have gone.
 */
export function focusAfterRender(injector: Injector, id: string): void {
  afterNextRender({ write: () => focusElement(id) }, { injector });
}
