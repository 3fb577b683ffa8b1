import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable, Signal } from '@angular/core';
import type {
  BuddyDetail,
  BuddyProgress,
  BuddySummary,
  CohortSummary,
  EnrolmentView,
  EnrolRequest,
  Page,
  RecordApplicationRequest,
  RecordSelectionRequest,
} from '@peerpath/contracts';
import { RegisterFilters, registerRequestParams } from '@peerpath/web/buddies/register-query';
import { firstValueFrom } from 'rxjs';

/** GET /api/buddies: one page of the register, within the caller's scope. */
export function buddyRegisterResource(filters: Signal<RegisterFilters>) {
  return httpResource<Page<BuddySummary>>(() => ({ url: '/api/buddies', params: registerRequestParams(filters()) }));
}

export function buddyResource(id: Signal<string>) {
  return httpResource<BuddyDetail>(() => `/api/buddies/${encodeURIComponent(id())}`);
}

/** GET /api/buddies/:id/progress; only asked for when `wanted` holds. */
export function buddyProgressResource(id: Signal<string>, wanted: Signal<boolean>) {
  return httpResource<BuddyProgress>(() => (wanted() ? `/api/buddies/${encodeURIComponent(id())}/progress` : undefined));
}

/** GET /api/cohorts?prison=…: the cohorts at one prison; nothing is asked while the prison is unknown. */
export function prisonCohortsResource(prisonCode: Signal<string | null>) {
  return httpResource<CohortSummary[]>(
    () => {
      const prison = prisonCode();
      return prison ? { url: '/api/cohorts', params: { prison } } : undefined;
    },
    { defaultValue: [] },
  );
}

/** The register's writes. Each rejects with the HttpErrorResponse; callers show its ApiError. */
@Injectable({ providedIn: 'root' })
export class BuddiesApi {
  private readonly http = inject(HttpClient);

  recordApplication(request: RecordApplicationRequest): Promise<BuddyDetail> {
    return firstValueFrom(this.http.post<BuddyDetail>('/api/buddies', request));
  }

  recordSelection(buddyId: string, request: RecordSelectionRequest): Promise<BuddyDetail> {
    return firstValueFrom(this.http.post<BuddyDetail>(`/api/buddies/${encodeURIComponent(buddyId)}/selection`, request));
  }

  enrol(cohortId: string, request: EnrolRequest): Promise<EnrolmentView> {
    return firstValueFrom(this.http.post<EnrolmentView>(`/api/cohorts/${encodeURIComponent(cohortId)}/enrolments`, request));
  }
}
