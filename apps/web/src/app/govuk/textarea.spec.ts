import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { rowsToShow, Textarea } from '@peerpath/web/govuk/textarea';

@Component({
  imports: [Textarea, ReactiveFormsModule],
  template: `
    <form [formGroup]="form">
      <pp-textarea fieldId="notes" label="Notes (optional)" hint="Who did the checks" [rows]="4" [error]="error()" formControlName="notes" />
    </form>
    <pp-textarea fieldId="reason" label="Why is this allocation ending?" labelClass="govuk-label--m" labelHeading="h2" [(value)]="reason" />
    <pp-textarea fieldId="criterion" label="Criterion 1.1.1" [rows]="2" [fitText]="true" [(value)]="criterion" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = new FormGroup({ notes: new FormControl('Checked by AB', { nonNullable: true }) });
  readonly error = signal<string | undefined>(undefined);
  readonly reason = signal('');
  readonly criterion = signal('Describe the tasks a buddy may do');
}

describe('Textarea', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    const box = (id: string) => page.querySelector<HTMLTextAreaElement>(`textarea#${id}`) as HTMLTextAreaElement;
    return { fixture, page, box };
  }

  it('labels the textarea and points it at its hint', async () => {
    const { page, box } = await render();
    expect(page.querySelector('label[for=notes]')?.textContent?.trim()).toBe('Notes (optional)');
    expect(page.querySelector('#notes-hint')?.textContent?.trim()).toBe('Who did the checks');
    expect(box('notes').getAttribute('aria-describedby')).toBe('notes-hint');
    expect(box('notes').getAttribute('name')).toBe('notes');
    expect(box('notes').rows).toBe(4);
  });

  it('shows an error message and points the textarea at it', async () => {
    const { fixture, page, box } = await render();
    fixture.componentInstance.error.set('Notes must be 2000 characters or fewer');
    await fixture.whenStable();

    expect(page.querySelector('#notes-error')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Error: Notes must be 2000 characters or fewer');
    expect(box('notes').getAttribute('aria-describedby')).toBe('notes-hint notes-error');
    expect(box('notes').classList).toContain('govuk-textarea--error');
    expect(page.querySelector('.govuk-form-group--error #notes')).not.toBeNull();
  });

  it('binds to a form control and to a signal', async () => {
    const { fixture, box } = await render();
    expect(box('notes').value).toBe('Checked by AB');
    box('notes').value = 'Checked by CD';
    box('notes').dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.notes.value).toBe('Checked by CD');

    box('reason').value = 'Moved cells';
    box('reason').dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.reason()).toBe('Moved cells');
  });

  it('can make the label the heading of its section', async () => {
    const { page, box } = await render();
    expect(page.querySelector('h2.govuk-label-wrapper > label.govuk-label--m[for=reason]')?.textContent?.trim()).toBe('Why is this allocation ending?');
    expect(box('reason').hasAttribute('aria-describedby')).toBe(false);
  });

  it('grows to show the whole text when asked, and never below its rows', async () => {
    const { fixture, box } = await render();
    expect(box('criterion').rows).toBe(2);
    box('criterion').value = 'x'.repeat(130) + '\nSecond paragraph';
    box('criterion').dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(box('criterion').rows).toBe(5);
    // Rows as given, whatever the text, without fitText.
    box('notes').value = 'y'.repeat(600);
    box('notes').dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(box('notes').rows).toBe(4);
  });
});

describe('rowsToShow', () => {
  it.each([
    ['', 2],
    ['short', 2],
    ['x'.repeat(60), 2],
    ['x'.repeat(61), 3],
    ['a\nb\n\nc', 5],
  ])('gives %j %i rows', (text, rows) => expect(rowsToShow(text)).toBe(rows));
});
