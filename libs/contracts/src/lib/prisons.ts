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
  /** What an hour of staff time costs, in pence, to turn staff hours into cost; null when not set. */
  staffCostPerHourPence: number | null;
  /** Optimistic-lock version: send it back as expectedVersion. */
  version: number;
}

export interface UpdatePolicyRequest {
  supervisionIntervalDays: number;
  weeklyHoursCap: number;
  certificateValidityMonths: number;
  attendanceThresholdPercent: number;
  /** Pence per staff hour, 0 to 100000; null clears it; omitted leaves it as it is. */
  staffCostPerHourPence?: number | null;
  expectedVersion: number;
}
