import type { PersonRefusal } from './buddies';
import type { RuleReason } from './rules';

/** The body of every 4xx and 5xx answer from the API. */
export interface ApiError {
  statusCode: number;
  /** Stable, machine-readable code, e.g. VALIDATION_FAILED, ACCOUNT_LOCKED. */
  code: string;
  message: string;
  /** Messages per field, keyed by the request's field name. */
  fieldErrors?: Record<string, string[]>;
  /** When a rule refuses (eligibility, the allocation gate): every unmet reason. */
  reasons?: RuleReason[];
  /** When a bulk action refuses: each person it could not be done for, with every reason. Nothing was saved. */
  people?: PersonRefusal[];
}
