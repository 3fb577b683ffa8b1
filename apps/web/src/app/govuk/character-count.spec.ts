import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { CharacterCount, countMessage } from '@peerpath/web/govuk/character-count';

@Component({
  imports: [CharacterCount, ReactiveFormsModule],
  template: `
    <pp-character-count fieldId="reason" label="Reason" hint="Kept on the record" [maxlength]="10" [error]="error()" [(value)]="reason" />
    <form [formGroup]="form">
      <pp-character-count fieldId="summary" label="Support needed" [maxlength]="20" formControlName="summary" />
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = new FormGroup({ summary: new FormControl('Needs meals', { nonNullable: true }) });
  readonly error = signal<string | undefined>(undefined);
  readonly reason = signal('');
}

describe('countMessage', () => {
  it.each([
    [10, 0, 'You have 10 characters remaining'],
    [10, 9, 'You have 1 character remaining'],
    [10, 10, 'You have 0 characters remaining'],
    [10, 11, 'You have 1 character too many'],
    [10, 15, 'You have 5 characters too many'],
  ])('with %i allowed and %i typed says "%s"', (max, length, message) => {
    expect(countMessage(max, length)).toBe(message);
  });
});

describe('CharacterCount', () => {
  afterEach(() => jest.useRealTimers());

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    const box = (id: string) => page.querySelector<HTMLTextAreaElement>(`textarea#${id}`) as HTMLTextAreaElement;
    const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, page, box, text };
  }

  function type(box: HTMLTextAreaElement, value: string): void {
    box.value = value;
    box.dispatchEvent(new Event('input'));
  }

  it('labels the textarea and describes it by the limit, then the hint', async () => {
    const { page, box, text } = await render();
    expect(text('label[for=reason]')).toBe('Reason');
    expect(text('#reason-info')).toBe('You can enter up to 10 characters');
    expect(box('reason').getAttribute('aria-describedby')).toBe('reason-info reason-hint');
    expect(page.querySelector('.govuk-character-count')?.contains(box('reason'))).toBe(true);
  });

  it('counts down as the person types, and shows going over as an error', async () => {
    const { fixture, page, box } = await render();
    const status = () => page.querySelector('.govuk-character-count__status');
    expect(status()?.textContent?.trim()).toBe('You have 10 characters remaining');

    type(box('reason'), 'Moved to another wing');
    await fixture.whenStable();
    expect(fixture.componentInstance.reason()).toBe('Moved to another wing');
    expect(status()?.textContent?.trim()).toBe('You have 11 characters too many');
    expect(status()?.classList).toContain('govuk-error-message');
    expect(box('reason').classList).toContain('govuk-textarea--error');
  });

  it('tells screen readers the count once typing pauses', async () => {
    const { fixture, page, box } = await render();
    jest.useFakeTimers();
    const announced = () => page.querySelector('.govuk-character-count__sr-status[aria-live=polite]')?.textContent?.trim();
    type(box('reason'), 'Ill');
    fixture.detectChanges();
    expect(announced()).toBe('');

    jest.advanceTimersByTime(1000);
    fixture.detectChanges();
    expect(announced()).toBe('You have 7 characters remaining');
  });

  it('shows the error message after the hint and before the count', async () => {
    const { fixture, box, text } = await render();
    fixture.componentInstance.error.set('Enter the reason');
    await fixture.whenStable();
    expect(text('#reason-error')).toBe('Error: Enter the reason');
    expect(box('reason').getAttribute('aria-describedby')).toBe('reason-info reason-hint reason-error');
  });

  it('binds to a form control', async () => {
    const { fixture, box, text } = await render();
    expect(box('summary').value).toBe('Needs meals');
    expect(text('#summary-info ~ .govuk-character-count__status')).toBe('You have 9 characters remaining');
    type(box('summary'), 'Needs meals collected');
    expect(fixture.componentInstance.form.controls.summary.value).toBe('Needs meals collected');
  });
});
