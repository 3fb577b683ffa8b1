import { HttpClient, httpResource } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AttendanceRegister,
  BuddySummary,
  CohortDetail,
  CohortSummary,
  CreateCohortRequest,
  DecisionView,
  EligibleTrainer,
  EnrolmentView,
  ModuleAssessmentSheet,
  Page,
  ProgrammeSummary,
  ProgrammeVersionDetail,
  ProgressMatrix,
  RecordDecisionsRequest,
  SaveRegisterRequest,
  ScheduleSessionRequest,
  SessionView,
} from '@peerpath/contracts';
import { firstValueFrom } from 'rxjs';

/*
 * Reads are resources the page holds; each URL function returns undefined while an input it
 * needs is missing, so nothing is requested until it is known. The API decides scope throughout.
 */

const cohortUrl = (cohortId: string) => `/api/cohorts/${encodeURIComponent(cohortId)}`;

/** GET /api/cohorts: a trainer's own cohorts, or every cohort in a coordinator's or auditor's prisons. */
export function cohortsResource(prison: () => string | undefined) {
  return httpResource<CohortSummary[]>(
    () => {
      const code = prison();
      const params: Record<string, string> = code ? { prison: code } : {};
      return { url: '/api/cohorts', params };
    },
    { defaultValue: [] },
  );
}

export function cohortResource(cohortId: () => string | undefined) {
  return httpResource<CohortDetail>(() => {
    const id = cohortId();
    return id ? cohortUrl(id) : undefined;
  });
}

export function progressResource(cohortId: () => string | undefined) {
  return httpResource<ProgressMatrix>(() => {
    const id = cohortId();
    return id ? `${cohortUrl(id)}/progress` : undefined;
  });
}

export function registerResource(cohortId: () => string | undefined, sessionId: () => string | undefined) {
  return httpResource<AttendanceRegister>(() => {
    const cohort = cohortId();
    const session = sessionId();
    return cohort && session ? `${cohortUrl(cohort)}/sessions/${encodeURIComponent(session)}/register` : undefined;
  });
}

export function assessmentSheetResource(cohortId: () => string | undefined, moduleId: () => string | undefined) {
  return httpResource<ModuleAssessmentSheet>(() => {
    const cohort = cohortId();
    const module = moduleId();
    return cohort && module ? `${cohortUrl(cohort)}/modules/${encodeURIComponent(module)}/assessment` : undefined;
  });
}

/** Staff who could deliver a cohort at the prison; nothing is asked until a prison is chosen. */
export function eligibleTrainersResource(prison: () => string | undefined) {
  return httpResource<EligibleTrainer[]>(
    () => {
      const code = prison();
      return code ? { url: '/api/cohorts/eligible-trainers', params: { prison: code } } : undefined;
    },
    { defaultValue: [] },
  );
}

export function programmesResource() {
  return httpResource<ProgrammeSummary[]>(() => '/api/programmes', { defaultValue: [] });
}

export function programmeVersionResource(versionId: () => string | undefined) {
  return httpResource<ProgrammeVersionDetail>(() => {
    const id = versionId();
    return id ? `/api/programmes/versions/${encodeURIComponent(id)}` : undefined;
  });
}

/** Approved applicants at the prison: only they may enrol (BRIEF: selection). */
export function approvedBuddiesResource(prison: () => string | undefined) {
  return httpResource<Page<BuddySummary>>(() => {
    const code = prison();
    return code ? { url: '/api/buddies', params: { prison: code, stage: 'approved', pageSize: 100 } } : undefined;
  });
}

/** The writes. Each rejects with the HttpErrorResponse when the API refuses; pages show its ApiError. */
@Injectable({ providedIn: 'root' })
export class CohortsApi {
  private readonly http = inject(HttpClient);

  create(request: CreateCohortRequest): Promise<CohortDetail> {
    return firstValueFrom(this.http.post<CohortDetail>('/api/cohorts', request));
  }

  scheduleSession(cohortId: string, request: ScheduleSessionRequest): Promise<SessionView> {
    return firstValueFrom(this.http.post<SessionView>(`${cohortUrl(cohortId)}/sessions`, request));
  }

  enrol(cohortId: string, buddyId: string): Promise<EnrolmentView> {
    return firstValueFrom(this.http.post<EnrolmentView>(`${cohortUrl(cohortId)}/enrolments`, { buddyId }));
  }

  withdraw(cohortId: string, enrolmentId: string, reason: string): Promise<EnrolmentView> {
    return firstValueFrom(
      this.http.post<EnrolmentView>(`${cohortUrl(cohortId)}/enrolments/${encodeURIComponent(enrolmentId)}/withdrawal`, { reason }),
    );
  }

  saveRegister(cohortId: string, sessionId: string, request: SaveRegisterRequest): Promise<AttendanceRegister> {
    return firstValueFrom(
      this.http.put<AttendanceRegister>(`${cohortUrl(cohortId)}/sessions/${encodeURIComponent(sessionId)}/register`, request),
    );
  }

  recordDecisions(cohortId: string, request: RecordDecisionsRequest): Promise<DecisionView[]> {
    return firstValueFrom(this.http.post<DecisionView[]>(`${cohortUrl(cohortId)}/decisions`, request));
  }
}
