import type { MySummary } from '@peerpath/contracts';
import { formatDate, prisonToday, TASK_LABELS } from '@peerpath/domain';
import { renderPdf } from '@peerpath/api/certification/certificate-pdf';

/** Plain words for the buddy's own page (BRIEF: how it should feel): short, large, printable. */
export function supervisionWords(s: MySummary['supervision']): string {
  if (!s.nextDueOn) return 'Your first supervision will be booked when your training starts.';
  if (s.state === 'overdue') return `Your supervision was due on ${formatDate(s.nextDueOn)}. Ask your coordinator for a time.`;
  return `Your next supervision is due by ${formatDate(s.nextDueOn)}.`;
}

export function certificateWords(c: MySummary['certificate']): string {
  if (!c) return 'You do not have a certificate yet. You get one when every module is done, you have come to enough sessions, and you have had one supervision in training.';
  switch (c.status) {
    case 'valid':
      return `Your certificate ${c.number} is valid until ${formatDate(c.expiresOn)}.`;
    case 'expired':
      return `Your certificate ended on ${formatDate(c.expiresOn)}. Ask your coordinator about a refresher.`;
    case 'suspended':
      return 'Your certificate is on hold. Your coordinator will talk to you about it.';
    case 'revoked':
      return 'Your certificate has been taken away. Your coordinator can tell you why.';
    case 'superseded':
      return 'You have a newer certificate. Ask your coordinator for a copy.';
  }
}

export function summaryPdf(me: MySummary): Promise<Buffer> {
  return renderPdf((doc) => {
    doc.info.Title = `My buddy training: ${me.firstName} ${me.lastName}`;
    doc.font('Helvetica-Bold').fontSize(26).text(`${me.firstName} ${me.lastName}`);
    doc.font('Helvetica').fontSize(14).text(`${me.prisonNumber}, ${me.prisonName}`);
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(18).text(me.programmeTitle ? `${me.programmeTitle}: ${me.modulesDone} of ${me.modulesTotal} modules done` : 'You have not started a course yet');
    doc.moveDown(0.4);
    doc.font('Helvetica').fontSize(13);
    for (const m of me.modules) {
      const state = m.state === 'complete' ? 'Done' : m.state === 'in_progress' ? `Started (${m.met} of ${m.total})` : 'To do';
      doc.text(`${m.number}. ${m.title}: ${state}`);
    }
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(16).text('Next session');
    doc.font('Helvetica').fontSize(14).text(me.nextSession ? `${formatDate(me.nextSession.heldOn)}, ${me.nextSession.startsAt} to ${me.nextSession.endsAt}, ${me.nextSession.location}` : 'No session booked.');
    if (me.allocations.length > 0) {
      doc.moveDown(0.6);
      doc.font('Helvetica-Bold').fontSize(16).text('Who you support');
      for (const a of me.allocations) {
        doc.font('Helvetica').fontSize(14).text(`You support ${a.recipientName}. You help with: ${a.tasks.map((t) => TASK_LABELS[t].toLowerCase()).join('; ')}. About ${a.plannedWeeklyHours} hours a week.`);
      }
    }
    doc.moveDown(0.6);
    doc.font('Helvetica-Bold').fontSize(16).text('Supervision');
    doc.font('Helvetica').fontSize(14).text(supervisionWords(me.supervision));
    doc.moveDown(0.6);
    doc.font('Helvetica-Bold').fontSize(16).text('Certificate');
    doc.font('Helvetica').fontSize(14).text(certificateWords(me.certificate));
    doc.moveDown();
    // Paper goes stale: the buddy and staff can see how old this page is.
    doc.font('Helvetica').fontSize(11).text(`Printed on ${formatDate(prisonToday())}`);
  });
}
