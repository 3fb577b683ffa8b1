/**
 * The tasks a buddy may be allocated (BRIEF: allocation). Intimate care (washing, toileting,
 * feeding, oral care, dressing intimate areas) is deliberately not a task that exists.
 */
export type AllocationTask = 'cleaning_living_space' | 'collecting_meals' | 'escorting_mobility' | 'wheelchair_assistance' | 'reading_writing' | 'company_activities';

export type AllocationGateCode =
  | 'NO_CERTIFICATE'
  | 'CERTIFICATE_EXPIRED'
  | 'CERTIFICATE_SUSPENDED'
  | 'CERTIFICATE_REVOKED'
  | 'BUDDY_RECORD_CLOSED'
  | 'BUDDY_NOT_AT_YOUR_PRISON'
  | 'RECIPIENT_NOT_AT_YOUR_PRISON'
  | 'DIFFERENT_PRISONS'
  | 'SUPERVISION_OVERDUE'
  | 'OVER_WEEKLY_HOURS_CAP'
  | 'NO_TASKS'
  | 'ALREADY_ALLOCATED_TO_RECIPIENT';
