import type { MySummary } from '@peerpath/contracts';
import { formatDate, prisonToday, TASK_LABELS } from '@peerpath/domain';
import { artifact, renderPdf } from '@peerpath/api/platform/pdf';

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

/**
 * The buddy's own page on paper, tagged for a screen reader (a heading per part, paragraphs, a
 * list of modules) in an embedded Unicode font, so every name prints as it is spelt.
 */
export function summaryPdf(me: MySummary): Promise<Buffer> {
  const name = `${me.firstName} ${me.lastName}`;
  return renderPdf({ title: `My buddy training: ${name}` }, (doc) => {
    const width = doc.page.width - 112;
    const document = doc.struct('Document');
    doc.addStructure(document);
    const say = (type: 'H1' | 'H2' | 'P', text: string) => {
      const [font, size] = type === 'H1' ? ['Bold', 26] : type === 'H2' ? ['Bold', 16] : ['Body', 14];
      document.add(doc.struct(type, {}, () => doc.font(font).fontSize(size).fillColor('#0b0c0c').text(text, { width })));
    };

    say('H1', name);
    say('P', `${me.prisonNumber}, ${me.prisonName}`);
    artifact(doc, () => {
      doc.moveTo(56, doc.y + 6).lineTo(56 + width, doc.y + 6).lineWidth(1).strokeColor('#b1b4b6').stroke();
    });
    doc.moveDown();
    say('H2', me.programmeTitle ? `${me.programmeTitle}: ${me.modulesDone} of ${me.modulesTotal} modules done` : 'You have not started a course yet');
    doc.moveDown(0.4);
    if (me.modules.length > 0) {
      const list = doc.struct('L');
      document.add(list);
      for (const m of me.modules) {
        const state = m.state === 'complete' ? 'Done' : m.state === 'in_progress' ? `Started (${m.met} of ${m.total})` : 'To do';
        list.add(doc.struct('LI', {}, [doc.struct('LBody', {}, () => doc.font('Body').fontSize(13).text(`${m.number}. ${m.title}: ${state}`, { width }))]));
      }
      list.end();
    }
    doc.moveDown();
    say('H2', 'Next session');
    say('P', me.nextSession ? `${formatDate(me.nextSession.heldOn)}, ${me.nextSession.startsAt} to ${me.nextSession.endsAt}, ${me.nextSession.location}` : 'No session booked.');
    if (me.allocations.length > 0) {
      doc.moveDown(0.6);
      say('H2', 'Who you support');
      for (const a of me.allocations) {
        say('P', `You support ${a.recipientName}. You help with: ${a.tasks.map((t) => TASK_LABELS[t].toLowerCase()).join('; ')}. About ${a.plannedWeeklyHours} hours a week.`);
      }
    }
    doc.moveDown(0.6);
    say('H2', 'Supervision');
    say('P', supervisionWords(me.supervision));
    doc.moveDown(0.6);
    say('H2', 'Certificate');
    say('P', certificateWords(me.certificate));
    doc.moveDown();
    // Paper goes stale: the buddy and staff can see how old this page is.
    say('P', `Printed on ${formatDate(prisonToday())}`);
    document.end();
  });
}
