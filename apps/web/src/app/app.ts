import { afterNextRender, ChangeDetectionStrategy, Component, DestroyRef, inject, Injector } from '@angular/core';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter, skip } from 'rxjs';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { SessionTimeoutDialog } from '@peerpath/web/auth/session/session-timeout-dialog';
import { Footer } from '@peerpath/web/layout/footer';
import { Header } from '@peerpath/web/layout/header';
import { ServiceNavigation } from '@peerpath/web/layout/service-navigation';

@Component({
  selector: 'pp-root',
  imports: [RouterOutlet, Header, ServiceNavigation, Footer, SessionTimeoutDialog],
  templateUrl: './app.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly signedIn = inject(AuthService).isSignedIn;

  constructor() {
    // After moving to another page, focus its heading, as a full page load would put a screen
    // reader at the top (GOV.UK: single-page navigation). Not on the first load, and not when the
    // page has already moved focus itself (an error summary or a success banner).
    const injector = inject(Injector);
    const subscription = inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        skip(1),
      )
      .subscribe(() => afterNextRender({ write: () => focusPageHeading() }, { injector }));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /**
   * With <base href="/">, a bare "#main-content" link would load "/" instead of jumping, so the
   * skip link moves focus itself (as GOV.UK Frontend's skip link script does).
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    const main = document.getElementById('main-content');
    if (!main) return;
    main.setAttribute('tabindex', '-1');
    main.focus();
    main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
  }
}

function focusPageHeading(): void {
  const active = document.activeElement;
  const stillOnTheWayHere = !active || active === document.body || active.closest('nav, header') !== null;
  if (!stillOnTheWayHere) return;
  const heading = document.querySelector<HTMLElement>('#main-content h1');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
}
