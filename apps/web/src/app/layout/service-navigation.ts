import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filter } from 'rxjs';
import { AttentionCounts } from '@peerpath/web/attention/attention.api';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { navItemsFor } from '@peerpath/web/layout/navigation';

/** GOV.UK's tablet breakpoint: below it the navigation collapses behind a "Menu" button. */
const WIDE = '(min-width: 40.0625em)';

/**
 * GOV.UK service navigation, listing only what the user's roles allow. On a narrow screen it
 * sits behind a "Menu" button, as GOV.UK Frontend's own script does (which this app does not load).
 */
@Component({
  selector: 'pp-service-navigation',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './service-navigation.html',
  // The count beside Home: a small black badge, like a GOV.UK notification count.
  styles: `
    .pp-attention-count {
      display: inline-block;
      min-width: 1.5em;
      margin-left: 0.25em;
      padding: 0 0.35em;
      border-radius: 0.75em;
      background-color: #0b0c0c;
      color: #ffffff;
      font-weight: 700;
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceNavigation {
  private readonly auth = inject(AuthService);
  protected readonly items = computed(() => navItemsFor(this.auth.roles()));
  /** How many need attention today (coordinators and trainers); 0 shows nothing. */
  private readonly attention = inject(AttentionCounts);
  protected readonly attentionCount = computed(() => this.attention.summary()?.total ?? 0);
  protected readonly open = signal(false);
  protected readonly wide = signal(true);

  constructor() {
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(WIDE) : null;
    if (media) {
      this.wide.set(media.matches);
      const onChange = (event: MediaQueryListEvent) => this.wide.set(event.matches);
      media.addEventListener('change', onChange);
      inject(DestroyRef).onDestroy(() => media.removeEventListener('change', onChange));
    }
    // A chosen page closes the menu again.
    const subscription = inject(Router)
      .events.pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => this.open.set(false));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }
}
