import { DestroyRef, inject, Injectable, signal, type Signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { API, type AttentionListKey, type AttentionSummary } from '@peerpath/contracts';
import { filter } from 'rxjs';
import { mayOpen } from '@peerpath/web/auth/access';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { ApiClient, apiResource, linkTo } from '@peerpath/web/platform/api-client';

/**
 * What needs attention today, for the navigation's count and the home page's panel: asked for
 * once when first needed and once after each navigation (the count follows what was just done),
 * never on a timer. Only coordinators and trainers have lists; nobody else asks, nor anyone
 * who must change a temporary password first.
 */
@Injectable({ providedIn: 'root' })
export class AttentionCounts {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly current = signal<AttentionSummary | null>(null);
  /** The latest summary, or null (none yet, no lists for these roles, or it could not be had). */
  readonly summary: Signal<AttentionSummary | null> = this.current.asReadonly();
  private asked = 0;

  constructor() {
    const subscription = this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => void this.refresh());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    // Created after the first navigation ended (a component asked): ask now.
    if (this.router.navigated) void this.refresh();
  }

  async refresh(): Promise<void> {
    // Someone who must change a temporary password first may open nothing else yet (the API says 403).
    if (!mayOpen('attention', this.auth.roles()) || this.auth.mustChangePassword()) {
      this.current.set(null);
      return;
    }
    // Only the latest answer counts, should two navigations overlap.
    const ask = ++this.asked;
    try {
      const summary = await this.api.send(API.attention);
      if (ask === this.asked) this.current.set(summary);
    } catch {
      if (ask === this.asked) this.current.set(null);
    }
  }
}

/** One page of a list. */
export function attentionListResource(listKey: Signal<AttentionListKey>, page: Signal<number>) {
  return apiResource(API.attentionList, () => ({ params: { listKey: listKey() }, query: { page: page() } }));
}

/** The whole list as CSV, downloaded by the browser. */
export const attentionCsvUrl = (listKey: AttentionListKey) => linkTo(API.attentionCsv, { listKey });
