import { Foundation1795443248696 } from './1795443248696-Foundation';
import { SessionsAuditGuardsAndPrisons1795443300000 } from './1795443300000-SessionsAuditGuardsAndPrisons';
import { ProgrammesAndBuddies1795444145625 } from './1795444145625-ProgrammesAndBuddies';
import { ProgrammeAndBuddyGuards1795444200000 } from './1795444200000-ProgrammeAndBuddyGuards';

/** Every migration, in order. Listed, not globbed, so the webpack bundle carries them. */
export const MIGRATIONS = [
  Foundation1795443248696, SessionsAuditGuardsAndPrisons1795443300000,
  ProgrammesAndBuddies1795444145625,
  ProgrammeAndBuddyGuards1795444200000,
];
