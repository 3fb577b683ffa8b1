import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { todayIso } from '@peerpath/web/govuk/dates';
import { MY_SUMMARY_PDF, mySummaryResource } from '@peerpath/web/me/me.api';
import { certificateWords, MODULE_STATE_TAGS, modulesWords, sessionWords, supervisionWords, supportWords } from '@peerpath/web/me/plain-words';

/**
 * The buddy's own page, the only one they can open: their modules, next session, next
 * supervision and certificate, in plain words at a large size, and printable.
 */
@Component({
  selector: 'pp-me-page',
  templateUrl: './me.page.html',
  styleUrl: './me.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MePage {
  protected readonly summary = mySummaryResource();
  protected readonly me = computed(() => (this.summary.hasValue() ? this.summary.value() : null));
  protected readonly words = computed(() => {
    const me = this.me();
    if (!me) return null;
    return {
      modules: modulesWords(me),
      session: sessionWords(me.nextSession, todayIso()),
      supervision: supervisionWords(me.supervision),
      certificate: certificateWords(me.certificate),
      support: supportWords(me.allocations),
      // Once certified and trained, "no session is booked" is noise: the page talks about their work instead.
      showSession: me.nextSession !== null || me.certificate?.status !== 'valid',
    };
  });
  protected readonly tags = MODULE_STATE_TAGS;
  protected readonly pdf = MY_SUMMARY_PDF;
}
