// Peerpath's rules as plain functions over plain data: no Nest, no database, no browser.
export * from './lib/allocation';
export * from './lib/assessment';
export * from './lib/certification';
export * from './lib/cohorts';
export * from './lib/dates';
export * from './lib/identifiers';
export * from './lib/journey';
export * from './lib/passwords';
export * from './lib/permissions';
export * from './lib/prison-numbers';
export * from './lib/programme-content';
export * from './lib/progress';
export * from './lib/scope';
export * from './lib/selection';
export * from './lib/staff-accounts';
export * from './lib/supervision';
export * from './lib/training';
