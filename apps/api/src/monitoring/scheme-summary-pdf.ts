import type { MonitoringDashboard } from '@peerpath/contracts';
import { renderPdf } from '@peerpath/api/certification/certificate-pdf';

/**
 * The one-page scheme summary for a partnership board or an inspection visit, drawn from the
 * dashboard itself so the paper and the screen always agree. (Filled in separately.)
 */
export function schemeSummaryPdf(dashboard: MonitoringDashboard): Promise<Buffer> {
  return renderPdf((doc) => {
    doc.fontSize(18).text(`Buddy scheme summary: ${dashboard.scope.label}`);
  });
}
