export interface PrisonSummary {
  code: string;
  name: string;
  clusterCode: string;
  clusterName: string;
}

export interface PrisonPolicyView {
  prisonCode: string;
  prisonName: string;
  supervisionIntervalDays: number;
  weeklyHoursCap: number;
  certificateValidityMonths: number;
  attendanceThresholdPercent: number;
  /** Optimistic-lock version: send it back as expectedVersion. */
  version: number;
}

export interface UpdatePolicyRequest {
  supervisionIntervalDays: number;
  weeklyHoursCap: number;
  certificateValidityMonths: number;
  attendanceThresholdPercent: number;
  expectedVersion: number;
}
