import { inject, Injectable } from '@angular/core';
import { API, type CohortListQuery, type CreateCohortRequest, type RecordDecisionsRequest, type SaveRegisterRequest, type ScheduleSeriesRequest, type ScheduleSessionRequest } from '@peerpath/contracts';
import { CHOOSER_PAGE_SIZE, ChooserQuery } from '@peerpath/web/buddies/buddy-chooser';
import { ApiClient, apiResource } from '@peerpath/web/platform/api-client';

/*
 * Reads are resources the page holds; each returns undefined while an input it needs is
 * missing, so nothing is requested until it is known. The API decides scope throughout.
 */

/** A page of a trainer's own cohorts, or of every cohort in a coordinator's or auditor's prisons. */
export function cohortsResource(query: () => CohortListQuery) {
  return apiResource(API.cohorts, () => ({ query: query() }));
}

export function cohortResource(cohortId: () => string | undefined) {
  return apiResource(API.cohort, () => {
    const id = cohortId();
    return id ? { params: { cohortId: id } } : undefined;
  });
}

export function progressResource(cohortId: () => string | undefined) {
  return apiResource(API.cohortProgress, () => {
    const id = cohortId();
    return id ? { params: { cohortId: id } } : undefined;
  });
}

export function registerResource(cohortId: () => string | undefined, sessionId: () => string | undefined) {
  return apiResource(API.attendanceRegister, () => {
    const cohort = cohortId();
    const session = sessionId();
    return cohort && session ? { params: { cohortId: cohort, sessionId: session } } : undefined;
  });
}

export function assessmentSheetResource(cohortId: () => string | undefined, moduleId: () => string | undefined) {
  return apiResource(API.assessmentSheet, () => {
    const cohort = cohortId();
    const module = moduleId();
    return cohort && module ? { params: { cohortId: cohort, moduleId: module } } : undefined;
  });
}

/** Staff who could deliver a cohort at the prison; nothing is asked until a prison is chosen. */
export function eligibleTrainersResource(prison: () => string | undefined) {
  return apiResource(
    API.eligibleTrainers,
    () => {
      const code = prison();
      return code ? { query: { prison: code } } : undefined;
    },
    { defaultValue: [] },
  );
}

export function programmesResource() {
  return apiResource(API.programmes, () => ({}), { defaultValue: [] });
}

export function programmeVersionResource(versionId: () => string | undefined) {
  return apiResource(API.programmeVersion, () => {
    const id = versionId();
    return id ? { params: { versionId: id } } : undefined;
  });
}

/**
 * Who could take a place on the cohort, matching what was typed: approved, at its prison, not
 * already on its programme. Searched on the server, so nobody is missed at a large prison.
 */
export function enrolableBuddiesResource(cohortId: () => string | undefined, search: () => string) {
  return apiResource(API.enrolableBuddies, () => {
    const id = cohortId();
    const text = search();
    return id ? { params: { cohortId: id }, query: text ? { search: text } : {} } : undefined;
  });
}

/** One page of who could take a place on the cohort, for choosing several to enrol at once; nothing is asked without a cohort. */
export function enrolableBuddiesPageResource(cohortId: () => string | undefined, query: () => ChooserQuery) {
  return apiResource(API.enrolableBuddies, () => {
    const id = cohortId();
    const { search, page } = query();
    return id ? { params: { cohortId: id }, query: { page, pageSize: CHOOSER_PAGE_SIZE, ...(search ? { search } : {}) } } : undefined;
  });
}

/** Every decision for one buddy on one module of the cohort, newest first. */
export function decisionHistoryResource(cohortId: () => string, buddyId: () => string, moduleId: () => string) {
  return apiResource(API.decisionHistory, () => ({ params: { cohortId: cohortId(), buddyId: buddyId(), moduleId: moduleId() } }));
}

/** The sessions the signed-in trainer delivers from today to six days on. */
export function sessionsThisWeekResource() {
  return apiResource(API.sessionsThisWeek, () => ({}), { defaultValue: [] });
}

/** The writes. Each rejects with the HttpErrorResponse when the API refuses; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class CohortsApi {
  private readonly api = inject(ApiClient);

  create(request: CreateCohortRequest) {
    return this.api.send(API.createCohort, { body: request });
  }

  scheduleSession(cohortId: string, request: ScheduleSessionRequest) {
    return this.api.send(API.scheduleSession, { params: { cohortId }, body: request });
  }

  enrol(cohortId: string, buddyId: string) {
    return this.api.send(API.enrol, { params: { cohortId }, body: { buddyId } });
  }

  /** Several buddies at once: all enrolled, or none (409 with `people`). */
  enrolMany(cohortId: string, buddyIds: string[]) {
    return this.api.send(API.bulkEnrol, { params: { cohortId }, body: { buddyIds } });
  }

  scheduleSeries(cohortId: string, request: ScheduleSeriesRequest) {
    return this.api.send(API.scheduleSeries, { params: { cohortId }, body: request });
  }

  withdraw(cohortId: string, enrolmentId: string, reason: string) {
    return this.api.send(API.withdraw, { params: { cohortId, enrolmentId }, body: { reason } });
  }

  saveRegister(cohortId: string, sessionId: string, request: SaveRegisterRequest) {
    return this.api.send(API.saveAttendanceRegister, { params: { cohortId, sessionId }, body: request });
  }

  recordDecisions(cohortId: string, request: RecordDecisionsRequest) {
    return this.api.send(API.recordDecisions, { params: { cohortId }, body: request });
  }
}
