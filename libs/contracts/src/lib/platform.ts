export interface HealthReport {
  status: 'ok' | 'error';
  database: 'up' | 'down';
}

export interface InfoReport {
  name: string;
  version: string;
  gitSha: string;
}

export interface PingReport {
  status: 'ok';
}
