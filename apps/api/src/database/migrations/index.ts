import { Foundation1795443248696 } from './1795443248696-Foundation';
import { SessionsAuditGuardsAndPrisons1795443300000 } from './1795443300000-SessionsAuditGuardsAndPrisons';

/** Every migration, in order. Listed, not globbed, so the webpack bundle carries them. */
export const MIGRATIONS = [Foundation1795443248696, SessionsAuditGuardsAndPrisons1795443300000];
