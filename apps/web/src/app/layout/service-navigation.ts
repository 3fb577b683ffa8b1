import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { navItemsFor } from '@peerpath/web/layout/navigation';

/** GOV.UK service navigation, listing only what the user's roles allow. */
@Component({
  selector: 'pp-service-navigation',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './service-navigation.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceNavigation {
  private readonly auth = inject(AuthService);
  protected readonly items = computed(() => navItemsFor(this.auth.roles()));
}
