import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RadioItem, Radios } from '@peerpath/web/govuk/radios';

@Component({
  imports: [Radios, ReactiveFormsModule],
  template: `
    <form [formGroup]="form">
      <pp-radios
        fieldId="boundariesDiscussed"
        legend="Did you talk through the limits of the role?"
        hint="For example, no intimate care"
        [items]="yesNo"
        [small]="true"
        [inline]="true"
        [error]="error()"
        formControlName="boundariesDiscussed"
      />
    </form>
    <pp-radios fieldId="kind" legend="What kind of concern is it?" [items]="kinds" [(value)]="kind" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = new FormGroup({ boundariesDiscussed: new FormControl('', { nonNullable: true }) });
  readonly yesNo: readonly RadioItem[] = [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No' },
  ];
  readonly kinds: readonly RadioItem[] = [
    { value: 'safeguarding', text: 'Safeguarding', hint: 'Someone may be at risk of harm', id: 'kind' },
    { value: 'boundary', text: 'Boundary' },
  ];
  readonly error = signal<string | undefined>(undefined);
  readonly kind = signal('boundary');
}

describe('Radios', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    const radio = (id: string) => page.querySelector<HTMLInputElement>(`input#${id}`) as HTMLInputElement;
    return { fixture, page, radio };
  }

  it('puts the radios in a fieldset with a legend and a hint it points at', async () => {
    const { page, radio } = await render();
    const fieldset = page.querySelector('fieldset');
    expect(fieldset?.querySelector('legend')?.textContent?.trim()).toBe('Did you talk through the limits of the role?');
    expect(fieldset?.getAttribute('aria-describedby')).toBe('boundariesDiscussed-hint');
    expect(page.querySelector('#boundariesDiscussed-hint')?.textContent?.trim()).toBe('For example, no intimate care');
    expect(page.querySelector('.govuk-radios')?.className).toContain('govuk-radios--inline');
    expect(page.querySelector('label[for=boundariesDiscussed-yes]')?.textContent?.trim()).toBe('Yes');
    expect(radio('boundariesDiscussed-no').name).toBe('boundariesDiscussed');
    expect(radio('boundariesDiscussed-yes').checked).toBe(false);
  });

  it('shows an error message the fieldset points at', async () => {
    const { fixture, page } = await render();
    fixture.componentInstance.error.set('Select yes if you talked through the limits of the role');
    await fixture.whenStable();
    expect(page.querySelector('#boundariesDiscussed-error')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Error: Select yes if you talked through the limits of the role',
    );
    expect(page.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe('boundariesDiscussed-hint boundariesDiscussed-error');
    expect(page.querySelectorAll('.govuk-form-group--error')).toHaveLength(1);
  });

  it('binds to a form control both ways', async () => {
    const { fixture, radio } = await render();
    radio('boundariesDiscussed-no').click();
    expect(fixture.componentInstance.form.controls.boundariesDiscussed.value).toBe('no');

    fixture.componentInstance.form.controls.boundariesDiscussed.setValue('yes');
    await fixture.whenStable();
    expect(radio('boundariesDiscussed-yes').checked).toBe(true);
  });

  it('binds to a signal, with an item hint and an id the item gives', async () => {
    const { fixture, page, radio } = await render();
    expect(radio('kind-boundary').checked).toBe(true);
    expect(radio('kind').getAttribute('aria-describedby')).toBe('kind-hint');
    expect(page.querySelector('#kind-hint.govuk-radios__hint')?.textContent?.trim()).toBe('Someone may be at risk of harm');
    expect(page.querySelectorAll('fieldset')[1].hasAttribute('aria-describedby')).toBe(false);

    radio('kind').click();
    expect(fixture.componentInstance.kind()).toBe('safeguarding');
  });
});
