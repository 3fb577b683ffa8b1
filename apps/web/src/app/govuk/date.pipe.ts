import { Pipe, PipeTransform } from '@angular/core';
import { formatDate } from '@peerpath/web/govuk/dates';

/** `{{ buddy.appliedOn | ppDate }}` → "3 March 2026". */
@Pipe({ name: 'ppDate' })
export class DatePipe implements PipeTransform {
  transform(iso: string | null | undefined): string {
    return formatDate(iso);
  }
}
