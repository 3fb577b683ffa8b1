import { inject, Injectable, Signal } from '@angular/core';
import { API, type EnrolRequest, type RecordApplicationRequest, type RecordBulkSelectionRequest, type RecordSelectionRequest } from '@peerpath/contracts';
import { CHOOSER_PAGE_SIZE, ChooserQuery } from '@peerpath/web/buddies/buddy-chooser';
import { RegisterFilters, registerRequestParams } from '@peerpath/web/buddies/register-query';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/** One page of the register, within the caller's scope. */
export function buddyRegisterResource(filters: Signal<RegisterFilters>) {
  return apiResource(API.buddyRegister, () => ({ query: registerRequestParams(filters()) }));
}

/** One buddy; nothing is asked while `id` is undefined. */
export function buddyResource(id: () => string | undefined) {
  return apiResource(API.buddy, () => {
    const buddyId = id();
    return buddyId ? { params: { buddyId } } : undefined;
  });
}

/** Applicants waiting for a selection decision, within the caller's scope: one page of a search, for choosing several. */
export function applicantsResource(query: () => ChooserQuery) {
  return apiResource(API.buddyRegister, () => {
    const { search, page } = query();
    return { query: { stage: 'applied' as const, page, pageSize: CHOOSER_PAGE_SIZE, ...(search ? { search } : {}) } };
  });
}

/** Only asked for when `wanted` holds. */
export function buddyProgressResource(id: Signal<string>, wanted: Signal<boolean>) {
  return apiResource(API.buddyProgress, () => (wanted() ? { params: { buddyId: id() } } : undefined));
}

/**
 * The cohorts at one prison that can still be enrolled on (planned or running), soonest
 * first; nothing is asked while the prison is unknown.
 */
export function prisonCohortsResource(prisonCode: Signal<string | null>) {
  return apiResource(API.cohorts, () => {
    const prison = prisonCode();
    return prison ? { query: { prison, status: 'current' as const, sort: 'startsOn' as const, order: 'asc' as const, pageSize: 100 } } : undefined;
  });
}

/** The register's writes. Each rejects with the HttpErrorResponse; callers show its ApiError. */
@Injectable({ providedIn: 'root' })
export class BuddiesApi {
  private readonly api = inject(ApiClient);

  recordApplication(request: RecordApplicationRequest) {
    return this.api.send(API.recordApplication, { body: request });
  }

  recordSelection(buddyId: string, request: RecordSelectionRequest) {
    return this.api.send(API.recordSelection, { params: { buddyId }, body: request });
  }

  /** One decision for many applicants: all recorded, or none (409 with `people`). */
  recordBulkSelection(request: RecordBulkSelectionRequest) {
    return this.api.send(API.recordBulkSelection, { body: request });
  }

  enrol(cohortId: string, request: EnrolRequest) {
    return this.api.send(API.enrol, { params: { cohortId }, body: request });
  }
}
