import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { RoleAssignmentView, RoleName } from '@peerpath/contracts';
import { AuthService } from '@peerpath/web/auth/auth.service';
import {
  AdminSection,
  AuditorSection,
  BuddySection,
  CoordinatorSection,
  TrainerSection,
} from '@peerpath/web/home/role-sections';

interface RoleGroup {
  role: RoleName;
  assignments: RoleAssignmentView[];
}

@Component({
  selector: 'pp-home-page',
  imports: [AdminSection, TrainerSection, CoordinatorSection, AuditorSection, BuddySection],
  templateUrl: './home.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  protected readonly user = this.auth.currentUser;

  /** One group per role held, in the usual role order, with that role's assignments. */
  protected readonly groups = computed<RoleGroup[]>(() => {
    const assignments = this.user()?.roles ?? [];
    return this.auth.roles().map((role) => ({
      role,
      assignments: assignments.filter((a) => a.role === role),
    }));
  });
}
