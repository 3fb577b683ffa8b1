import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { JourneyEvent } from '@peerpath/web/buddies/journey';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';

/** The MOJ timeline: the buddy's journey, newest first. */
@Component({
  selector: 'pp-journey-timeline',
  imports: [DatePipe],
  styleUrl: './journey-timeline.scss',
  template: `
    <div class="moj-timeline" data-testid="journey">
      @for (event of events(); track $index) {
        <div class="moj-timeline__item">
          <div class="moj-timeline__header">
            <h3 class="moj-timeline__title">{{ event.title }}</h3>
            @if (event.by) {
              <p class="moj-timeline__byline">by {{ event.by }}</p>
            }
          </div>
          <p class="moj-timeline__date">
            <time [attr.datetime]="event.date">{{ event.date | ppDate }}</time>
          </p>
          @if (event.details.length > 0) {
            <div class="moj-timeline__description">
              <ul class="govuk-list">
                @for (detail of event.details; track $index) {
                  <li>{{ detail }}</li>
                }
              </ul>
            </div>
          }
        </div>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JourneyTimeline {
  readonly events = input.required<readonly JourneyEvent[]>();
}
