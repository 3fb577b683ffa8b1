import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { Header } from '@peerpath/web/layout/header';
import { ServiceNavigation } from '@peerpath/web/layout/service-navigation';

@Component({
  selector: 'pp-root',
  imports: [RouterOutlet, Header, ServiceNavigation],
  templateUrl: './app.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly signedIn = inject(AuthService).isSignedIn;

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
