import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '@peerpath/web/auth/auth.service';

/** The MOJ header: service name, and who is signed in with a way to sign out. */
@Component({
  selector: 'pp-header',
  imports: [RouterLink],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Header {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly user = this.auth.currentUser;
  protected readonly signedIn = computed(() => this.user() !== null);

  protected async signOut(): Promise<void> {
    await this.auth.signOut().catch(() => undefined);
    await this.router.navigateByUrl('/sign-in');
  }
}
