import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { BuddySummary, Page } from '@peerpath/contracts';
import { BuddyChooser, CHOOSER_PAGE_SIZE, ChooserQuery, FIRST_PAGE } from '@peerpath/web/buddies/buddy-chooser';

/** 120 applicants, answered a page at a time as the server would: the chooser only ever holds one page. */
const EVERYONE: BuddySummary[] = Array.from({ length: 120 }, (_, i) => {
  const n = String(i + 1).padStart(3, '0');
  return { id: `b${n}`, prisonNumber: `K0${n}PK`, firstName: 'Crowd', lastName: `Crowdson${n}`, prisonName: 'Exeter' } as BuddySummary;
});

@Component({
  imports: [BuddyChooser],
  template: `<pp-buddy-chooser fieldId="buddyIds" legend="Applicants" [result]="result()" [(query)]="query" [(chosen)]="chosen" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly query = signal<ChooserQuery>(FIRST_PAGE);
  readonly chosen = signal<readonly BuddySummary[]>([]);
  readonly result = computed<Page<BuddySummary>>(() => {
    const { search, page } = this.query();
    const matches = EVERYONE.filter((b) => !search || b.lastName.toLowerCase().includes(search.toLowerCase()) || b.prisonNumber === search);
    return { items: matches.slice((page - 1) * CHOOSER_PAGE_SIZE, page * CHOOSER_PAGE_SIZE), total: matches.length, page, pageSize: CHOOSER_PAGE_SIZE };
  });
}

describe('BuddyChooser', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    const host = fixture.componentInstance;
    const settle = () => fixture.whenStable();
    const button = (name: RegExp) => [...page.querySelectorAll('button')].find((b) => name.test(b.textContent ?? '')) as HTMLButtonElement;
    const tick = async (label: string) => {
      const box = [...page.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) => page.querySelector(`label[for=${b.id}]`)?.textContent?.includes(label));
      box?.click();
      await settle();
    };
    const text = (testId: string) => page.querySelector(`[data-testid=${testId}]`)?.textContent?.trim();
    return { page, host, settle, button, tick, text };
  }

  it('shows one page of the server’s matches, says how many there are, and steps through them', async () => {
    const { page, host, settle, button, text } = await render();
    expect(page.querySelectorAll('input[type=checkbox]')).toHaveLength(50);
    expect(text('buddyIds-showing')).toBe('120 in all. Showing 1 to 50.');
    expect(button(/Previous/)).toBeUndefined();
    button(/Next/).click();
    await settle();
    expect(host.query()).toEqual({ search: '', page: 2 });
    button(/Next/).click();
    await settle();
    expect(text('buddyIds-showing')).toBe('120 in all. Showing 101 to 120.');
    expect(button(/Next/)).toBeUndefined();
    expect(page.querySelector('label[for=buddyIds-19]')?.textContent).toContain('Crowd Crowdson120, K0120PK');
  });

  it('keeps the people chosen on one page while another page or a search is shown, and lets them be unchosen', async () => {
    const { page, host, settle, button, tick, text } = await render();
    await tick('Crowdson001');
    button(/Next/).click();
    await settle();
    await tick('Crowdson051');
    expect(text('buddyIds-chosen')).toBe('2 chosen');

    const box = page.querySelector<HTMLInputElement>('#buddyIds-search') as HTMLInputElement;
    box.value = 'crowdson11';
    button(/^\s*Search\s*$/).click();
    await settle();
    expect(host.query()).toEqual({ search: 'crowdson11', page: 1 });
    expect(text('buddyIds-showing')).toBe('10 found matching “crowdson11”. Showing 1 to 10.');
    await tick('Crowdson110');
    expect(host.chosen().map((b) => b.lastName)).toEqual(['Crowdson001', 'Crowdson051', 'Crowdson110']);

    host.query.set(FIRST_PAGE);
    await settle();
    expect(page.querySelector<HTMLInputElement>('#buddyIds-0')?.checked).toBe(true);
    await tick('Crowdson001');
    expect(host.chosen().map((b) => b.lastName)).toEqual(['Crowdson051', 'Crowdson110']);
  });

  it('chooses everyone shown at once, and says when a search finds no one', async () => {
    const { page, host, settle, button, text } = await render();
    button(/Choose all 50 shown/).click();
    await settle();
    expect(host.chosen()).toHaveLength(50);
    expect(button(/Choose all/)).toBeUndefined();
    button(/Next/).click();
    await settle();
    button(/Choose all 50 shown/).click();
    await settle();
    expect(text('buddyIds-chosen')).toBe('100 chosen');

    host.query.set({ search: 'nobody', page: 1 });
    await settle();
    expect(text('buddyIds-showing')).toBe('No one found matching “nobody”.');
    expect(page.querySelectorAll('input[type=checkbox]')).toHaveLength(0);
    expect(text('buddyIds-chosen')).toBe('100 chosen');
  });
});
