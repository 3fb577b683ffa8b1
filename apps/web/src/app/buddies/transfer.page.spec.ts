import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { BuddyDetail } from '@peerpath/contracts';
import { TransferPage } from '@peerpath/web/buddies/transfer.page';

const sam: BuddyDetail = {
  id: 'b1',
  prisonNumber: 'A1234BC',
  firstName: 'Sam',
  lastName: 'Jones',
  prisonCode: 'EXI',
  prisonName: 'Exeter',
  appliedOn: '2026-01-05',
  selectionStatus: 'approved',
  stage: 'certified',
  version: 2,
  releasedOn: null,
  selectionDecisions: [],
};

describe('TransferPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [TransferPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TransferPage);
    fixture.componentRef.setInput('id', 'b1');
    page = fixture.nativeElement;
    await settle();
    http.expectOne('/api/buddies/b1').flush(sam);
    http.expectOne('/api/prisons').flush([
      { code: 'EXI', name: 'Exeter', clusterCode: 'DEVON', clusterName: 'Devon' },
      { code: 'DAI', name: 'Dartmoor', clusterCode: 'DEVON', clusterName: 'Devon' },
    ]);
    await settle();
  });

  afterEach(() => http.verify());

  it('shows the confirmation after a transfer and moves focus to its heading', async () => {
    const select = page.querySelector<HTMLSelectElement>('#toPrisonCode');
    if (!select) throw new Error('no prison select');
    select.value = 'DAI';
    select.dispatchEvent(new Event('change'));
    await settle();
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const request = http.expectOne('/api/buddies/b1/transfer');
    expect(request.request.body).toEqual({ toPrisonCode: 'DAI' });
    request.flush({ buddy: { ...sam, prisonCode: 'DAI', prisonName: 'Dartmoor' }, allocationsEnded: 1, enrolmentsWithdrawn: 0 });
    await settle();

    expect(page.querySelector('h1')?.textContent).toBe('Transfer recorded');
    expect(document.activeElement?.id).toBe('transfer-confirmation-title');
    expect(page.querySelector('[data-testid=move-consequences]')?.textContent).toContain('1 allocation ended.');
  });
});
