import type { AllocationTask } from './allocation';
import type { CertificateStatus } from './certification';
import type { ModuleProgressState } from './progress';
import type { SupervisionState } from './supervision';

/** A buddy's own page: short, plain, and only about them. */
export interface MySummary {
  firstName: string;
  lastName: string;
  prisonNumber: string;
  prisonName: string;
  programmeTitle: string | null;
  modules: { number: number; title: string; state: ModuleProgressState; met: number; total: number }[];
  modulesDone: number;
  modulesTotal: number;
  nextSession: { heldOn: string; startsAt: string; endsAt: string; location: string; moduleTitles: string[] } | null;
  supervision: { state: SupervisionState; nextDueOn: string | null };
  certificate: { number: string; status: CertificateStatus; expiresOn: string } | null;
  /** The people the buddy supports now: who, the tasks, and the planned weekly hours. */
  allocations: { recipientName: string; tasks: AllocationTask[]; plannedWeeklyHours: number }[];
}
