import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TextInput } from '@peerpath/web/govuk/text-input';

@Component({
  imports: [TextInput, ReactiveFormsModule],
  template: `
    <form [formGroup]="form">
      <pp-text-input
        fieldId="capacity"
        label="Places"
        hint="How many buddies can enrol"
        widthClass="govuk-input--width-3"
        inputmode="numeric"
        [spellcheck]="false"
        [error]="error()"
        formControlName="capacity"
      />
    </form>
    <pp-text-input fieldId="code" label="Prison code" suffix="letters" [(value)]="code" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = new FormGroup({ capacity: new FormControl('12', { nonNullable: true }) });
  readonly error = signal<string | undefined>(undefined);
  readonly code = signal('HLI');
}

describe('TextInput', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    const input = (id: string) => page.querySelector<HTMLInputElement>(`input#${id}`) as HTMLInputElement;
    return { fixture, page, input };
  }

  it('labels the input and points it at its hint', async () => {
    const { page, input } = await render();
    expect(page.querySelector('label[for=capacity]')?.textContent?.trim()).toBe('Places');
    expect(page.querySelector('label[for=capacity]')?.classList).toContain('govuk-label--s');
    expect(page.querySelector('#capacity-hint')?.textContent?.trim()).toBe('How many buddies can enrol');
    expect(input('capacity').getAttribute('aria-describedby')).toBe('capacity-hint');
    expect(input('capacity').getAttribute('name')).toBe('capacity');
    expect(input('capacity').getAttribute('inputmode')).toBe('numeric');
    expect(input('capacity').getAttribute('spellcheck')).toBe('false');
    expect(input('capacity').className).toContain('govuk-input--width-3');
    expect(page.querySelector('.govuk-form-group--error')).toBeNull();
  });

  it('shows an error message and points the input at it too', async () => {
    const { fixture, page, input } = await render();
    fixture.componentInstance.error.set('Enter the number of places');
    await fixture.whenStable();

    expect(page.querySelector('#capacity-error')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Error: Enter the number of places');
    expect(page.querySelector('#capacity-error .govuk-visually-hidden')?.textContent).toBe('Error:');
    expect(input('capacity').getAttribute('aria-describedby')).toBe('capacity-hint capacity-error');
    expect(input('capacity').classList).toContain('govuk-input--error');
    expect(page.querySelectorAll('.govuk-form-group--error')).toHaveLength(1);
  });

  it('binds to a form control both ways', async () => {
    const { fixture, input } = await render();
    expect(input('capacity').value).toBe('12');

    input('capacity').value = '16';
    input('capacity').dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.capacity.value).toBe('16');

    fixture.componentInstance.form.controls.capacity.setValue('20');
    await fixture.whenStable();
    expect(input('capacity').value).toBe('20');

    fixture.componentInstance.form.controls.capacity.disable();
    await fixture.whenStable();
    expect(input('capacity').disabled).toBe(true);
  });

  it('binds to a signal both ways, with no hint and a suffix', async () => {
    const { fixture, page, input } = await render();
    expect(input('code').value).toBe('HLI');
    expect(input('code').hasAttribute('aria-describedby')).toBe(false);
    expect(page.querySelector('#code-hint')).toBeNull();
    expect(page.querySelector('.govuk-input__wrapper .govuk-input__suffix')?.textContent).toBe('letters');

    input('code').value = 'EXI';
    input('code').dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.code()).toBe('EXI');
  });
});
