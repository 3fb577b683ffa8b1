import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Select, SelectGroup, SelectItem } from '@peerpath/web/govuk/select';

@Component({
  imports: [Select, ReactiveFormsModule],
  template: `
    <form [formGroup]="form">
      <pp-select
        fieldId="prisonCode"
        label="Prison"
        hint="Prisons you can see"
        placeholder="Select a prison"
        [items]="prisons()"
        [error]="error()"
        formControlName="prisonCode"
      />
    </form>
    <pp-select fieldId="buddyId" label="Buddy" [items]="groups" [(value)]="buddy" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = new FormGroup({ prisonCode: new FormControl('LEI', { nonNullable: true }) });
  readonly prisons = signal<readonly SelectItem[]>([]);
  readonly groups: readonly SelectGroup[] = [
    { label: 'Exeter', items: [{ value: 'b1', text: 'Aaron Able' }] },
    { label: 'Leeds', items: [{ value: 'b2', text: 'Bea Bell' }, { value: 'b3', text: 'Cal Cole' }] },
  ];
  readonly error = signal<string | undefined>(undefined);
  readonly buddy = signal('b2');
}

const PRISONS: readonly SelectItem[] = [
  { value: 'EXI', text: 'Exeter (EXI)' },
  { value: 'LEI', text: 'Leeds (LEI)' },
];

describe('Select', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    const select = (id: string) => page.querySelector<HTMLSelectElement>(`select#${id}`) as HTMLSelectElement;
    return { fixture, page, select };
  }

  it('labels the select, points it at its hint and starts with the placeholder', async () => {
    const { page, select } = await render();
    expect(page.querySelector('label[for=prisonCode]')?.textContent?.trim()).toBe('Prison');
    expect(select('prisonCode').getAttribute('aria-describedby')).toBe('prisonCode-hint');
    expect(select('prisonCode').getAttribute('name')).toBe('prisonCode');
    expect(Array.from(select('prisonCode').options).map((o) => [o.value, o.text])).toEqual([['', 'Select a prison']]);
  });

  it('selects the value once options arrive after it', async () => {
    const { fixture, select } = await render();
    fixture.componentInstance.prisons.set(PRISONS);
    await fixture.whenStable();
    expect(select('prisonCode').value).toBe('LEI');
  });

  it('shows an error message and points the select at it', async () => {
    const { fixture, page, select } = await render();
    fixture.componentInstance.error.set('Select a prison');
    await fixture.whenStable();
    expect(page.querySelector('#prisonCode-error')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Error: Select a prison');
    expect(select('prisonCode').getAttribute('aria-describedby')).toBe('prisonCode-hint prisonCode-error');
    expect(select('prisonCode').classList).toContain('govuk-select--error');
    expect(page.querySelectorAll('.govuk-form-group--error')).toHaveLength(1);
  });

  it('tells the form control what was chosen, and follows it', async () => {
    const { fixture, select } = await render();
    fixture.componentInstance.prisons.set(PRISONS);
    await fixture.whenStable();
    select('prisonCode').value = 'EXI';
    select('prisonCode').dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.form.controls.prisonCode.value).toBe('EXI');

    fixture.componentInstance.form.controls.prisonCode.setValue('');
    await fixture.whenStable();
    expect(select('prisonCode').value).toBe('');
  });

  it('groups options under their headings and binds to a signal', async () => {
    const { fixture, page, select } = await render();
    expect(Array.from(page.querySelectorAll('#buddyId optgroup')).map((g) => g.getAttribute('label'))).toEqual(['Exeter', 'Leeds']);
    expect(select('buddyId').value).toBe('b2');
    select('buddyId').value = 'b3';
    select('buddyId').dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.buddy()).toBe('b3');
  });
});
