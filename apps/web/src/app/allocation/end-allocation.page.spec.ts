import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AllocationView } from '@peerpath/contracts';
import { EndAllocationPage, endReasonErrors } from '@peerpath/web/allocation/end-allocation.page';
import { Flash } from '@peerpath/web/govuk/flash';

const craig: AllocationView = {
  id: 'a2',
  buddyId: 'b4',
  buddyName: 'Craig Davies',
  buddyPrisonNumber: 'B4300CD',
  recipientId: 'r3',
  recipientName: 'Peter Mills',
  recipientPrisonNumber: 'G6042PM',
  prisonCode: 'EXI',
  tasks: ['reading_writing'],
  plannedWeeklyHours: 4,
  startsOn: '2026-01-12',
  status: 'active',
  endedOn: null,
  endReason: null,
  allocatedBy: 'Chris Coordinator',
};

describe('EndAllocationPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EndAllocationPage>;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  async function open(id: string): Promise<void> {
    fixture = TestBed.createComponent(EndAllocationPage);
    fixture.componentRef.setInput('id', id);
    page = fixture.nativeElement;
    await settle();
    const request = http.expectOne(`/api/allocations/${id}`);
    if (id === craig.id) request.flush(craig);
    else if (id === 'ended') request.flush({ ...craig, id, status: 'ended', endedOn: '2026-03-01', endReason: 'Moved' });
    else request.flush({ code: 'NOT_FOUND', message: 'Allocation not found' }, { status: 404, statusText: 'Not Found' });
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [EndAllocationPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('asks for a reason, then ends the allocation and says so on the allocations page', async () => {
    await open('a2');
    expect(text('h1')).toBe('End the allocation of Craig Davies to Peter Mills');
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    http.expectNone('/api/allocations/a2/end');
    expect(text('#reason-error')).toBe('Error: Give a reason for ending the allocation');

    const reason = page.querySelector<HTMLTextAreaElement>('#reason');
    if (!reason) throw new Error('no reason');
    reason.value = '  Certificate suspended while a concern is reviewed ';
    reason.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const request = http.expectOne('/api/allocations/a2/end');
    expect(request.request.body).toEqual({ reason: 'Certificate suspended while a concern is reviewed' });
    request.flush({ ...craig, status: 'ended' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/allocations']);
    expect(TestBed.inject(Flash).take()).toBe('The allocation of Craig Davies to Peter Mills has ended.');
  });

  it('says when the allocation is no longer active, or not there at all', async () => {
    for (const id of ['ended', 'gone']) {
      await open(id);
      expect(text('h1')).toBe('This allocation is not active');
      expect(page.querySelector('form')).toBeNull();
    }
  });

  it('checks the reason as the API does', () => {
    expect(endReasonErrors(' ')).toHaveLength(1);
    expect(endReasonErrors('x'.repeat(501))[0].text).toBe('Give a reason of up to 500 characters');
    expect(endReasonErrors('Moved to healthcare')).toEqual([]);
  });
});
