export interface PrisonSummary {
  code: string;
  name: string;
  clusterCode: string;
  clusterName: string;
}
