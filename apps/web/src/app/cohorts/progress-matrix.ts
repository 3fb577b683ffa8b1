import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ModuleProgressCell, ProgressMatrix } from '@peerpath/contracts';
import {
  attendanceLabel,
  buddyName,
  cellDescription,
  cellLabel,
  MODULE_STATE_COLOURS,
} from '@peerpath/web/cohorts/cohort-labels';

interface MatrixCell {
  moduleId: string;
  label: string;
  description: string;
  colour: string;
}

/**
 * The cohort as a trainer sees it: buddies by modules (BRIEF: assessment). Every cell says its state
 * in words, so colour only repeats it; column headers are links to that module's assessment page.
 */
@Component({
  selector: 'pp-progress-matrix',
  imports: [RouterLink],
  templateUrl: './progress-matrix.html',
  styleUrl: './scroll-region.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressMatrixTable {
  readonly matrix = input.required<ProgressMatrix>();
  readonly cohortId = input.required<string>();

  /** The browser's print dialog; the print styles (styles.scss) lay the matrix out whole, landscape. */
  protected print(): void {
    window.print();
  }

  protected readonly rows = computed(() => {
    const modules = this.matrix().modules;
    return this.matrix().rows.map((row) => {
      const byModule = new Map(row.cells.map((cell) => [cell.moduleId, cell]));
      return {
        buddyId: row.buddyId,
        name: buddyName(row),
        prisonNumber: row.prisonNumber,
        withdrawn: row.enrolmentStatus === 'withdrawn',
        attendance: attendanceLabel(row.attendance),
        cells: modules.map((module) => matrixCell(module.id, byModule.get(module.id), module.criterionCount)),
      };
    });
  });

  /** "4 of 10" complete per module, over active buddies (withdrawn ones are not counted). */
  protected readonly totals = computed(() => {
    const byModule = new Map(this.matrix().moduleTotals.map((t) => [t.moduleId, t]));
    return this.matrix().modules.map((module) => {
      const total = byModule.get(module.id);
      const active = total ? total.complete + total.inProgress + total.notStarted : 0;
      return { moduleId: module.id, text: `${total?.complete ?? 0} of ${active}` };
    });
  });
}

function matrixCell(moduleId: string, cell: ModuleProgressCell | undefined, criterionCount: number): MatrixCell {
  const shown = cell ?? { moduleId, met: 0, total: criterionCount, state: 'not_started' as const };
  return {
    moduleId,
    label: cellLabel(shown),
    description: cellDescription(shown),
    colour: MODULE_STATE_COLOURS[shown.state],
  };
}
