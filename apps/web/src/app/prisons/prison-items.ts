import type { PrisonSummary } from '@peerpath/contracts';
import type { SelectItem } from '@peerpath/web/govuk/select';

/** Prisons as select options, named the way every prison list in the service names them: "Exeter (EXI)". */
export function prisonItems(prisons: readonly PrisonSummary[]): SelectItem[] {
  return prisons.map((prison) => ({ value: prison.code, text: `${prison.name} (${prison.code})` }));
}
