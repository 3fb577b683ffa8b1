// Request and response shapes shared by the API and the web app (types only), and the one
// table of routes that both are checked against (plain data; see lib/routes.ts).
export * from './lib/allocation';
export * from './lib/assessments';
export * from './lib/attention';
export * from './lib/audit';
export * from './lib/auth';
export * from './lib/buddies';
export * from './lib/certification';
export * from './lib/cohorts';
export * from './lib/concerns';
export * from './lib/errors';
export * from './lib/me';
export * from './lib/monitoring';
export * from './lib/outcomes';
export * from './lib/paging';
export * from './lib/platform';
export * from './lib/prisons';
export * from './lib/programmes';
export * from './lib/progress';
export * from './lib/rules';
export * from './lib/staff';
export * from './lib/supervision';
export * from './lib/routes';
