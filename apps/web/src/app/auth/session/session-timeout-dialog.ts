import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, untracked, viewChild } from '@angular/core';
import { announcedTimeLeft, timeLeftInWords } from '@peerpath/domain';
import { SessionTimeout } from '@peerpath/web/auth/session/session-timeout';

/**
 * The GOV.UK timeout warning: a modal dialog before the session ends, with a countdown and
 * "Stay signed in". Focus moves into it and stays there; Escape also means stay signed in. The
 * countdown on screen changes every second, but a screen reader hears it only when the minutes
 * change and at 40 and 20 seconds, so it does not drown out everything else.
 */
@Component({
  selector: 'pp-session-timeout-dialog',
  template: `
    <dialog
      #dialog
      class="pp-timeout-dialog"
      aria-modal="true"
      aria-labelledby="timeout-dialog-heading"
      aria-describedby="timeout-dialog-announced timeout-dialog-kept"
      data-testid="timeout-dialog"
      (cancel)="$event.preventDefault(); stay()"
    >
      <h2 class="govuk-heading-m" id="timeout-dialog-heading">You’re about to be signed out</h2>
      <p class="govuk-body">
        <span aria-hidden="true">For your security, we will sign you out in <strong class="pp-timeout-dialog__countdown">{{ shown() }}</strong>.</span>
        <span class="govuk-visually-hidden" id="timeout-dialog-announced" aria-live="polite" aria-atomic="true">For your security, we will sign you out in {{ announced() }}.</span>
      </p>
      <p class="govuk-body" id="timeout-dialog-kept">
        @if (timeout.kiosk()) {
          This keeps your page private when you walk away from the kiosk.
        } @else {
          If you are signed out, anything you have typed on this page is kept until you sign in again.
        }
      </p>
      <div class="govuk-button-group">
        <button #stayButton type="button" class="govuk-button" data-module="govuk-button" (click)="stay()" (keydown.shift.tab)="wrapFocus($event, signOutButton)">
          Stay signed in
        </button>
        <button #signOutButton type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="signOut()" (keydown.tab)="wrapFocus($event, stayButton)">
          Sign out
        </button>
      </div>
    </dialog>
  `,
  styles: `
    .pp-timeout-dialog {
      box-sizing: border-box;
      width: 90%;
      max-width: 560px;
      padding: 30px;
      border: 5px solid #0b0c0c;
      background: #ffffff;
      color: #0b0c0c;
    }
    .pp-timeout-dialog .govuk-button-group {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionTimeoutDialog {
  protected readonly timeout = inject(SessionTimeout);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly stayButton = viewChild.required<ElementRef<HTMLButtonElement>>('stayButton');
  /** What had focus before the warning, to go back to when the person stays. */
  private returnFocusTo: HTMLElement | null = null;

  protected readonly shown = computed(() => timeLeftInWords(this.timeout.secondsLeft()));
  protected readonly announced = computed(() => announcedTimeLeft(this.timeout.secondsLeft()));

  constructor() {
    effect(() => {
      const open = this.timeout.warning();
      untracked(() => (open ? this.open() : this.close()));
    });
  }

  protected stay(): void {
    void this.timeout.stay();
  }

  protected signOut(): void {
    this.returnFocusTo = null;
    void this.timeout.signOut();
  }

  /** A native modal dialog makes the page inert; this also keeps Tab from leaving for the browser's own controls. */
  protected wrapFocus(event: Event, to: HTMLButtonElement): void {
    event.preventDefault();
    to.focus();
  }

  private open(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) return;
    this.returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    this.stayButton().nativeElement.focus();
  }

  private close(): void {
    const dialog = this.dialog().nativeElement;
    if (!dialog.open) return;
    dialog.close();
    if (this.returnFocusTo?.isConnected) this.returnFocusTo.focus();
    this.returnFocusTo = null;
  }
}
