import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { VerifyFormPage } from '@peerpath/web/verify/verify-form.page';

describe('VerifyFormPage', () => {
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [VerifyFormPage], providers: [provideRouter([])] });
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(VerifyFormPage);
    page = fixture.nativeElement;
    fixture.detectChanges();
  });

  async function check(typed: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement>('input#code');
    if (!input) throw new Error('no code field');
    input.value = typed;
    input.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
  }

  it('asks for the code printed under the QR code, with an example', () => {
    expect(page.querySelector('label')?.textContent?.trim()).toBe('Verification code');
    expect(page.textContent).toContain('printed under the QR code, for example K7QX-94MD-2R');
  });

  it('opens the check for a short code typed in small letters with spaces, as printed', async () => {
    await check('k7qx 94md 2r');
    expect(navigate).toHaveBeenCalledWith(['/verify', 'K7QX-94MD-2R']);
  });

  it('still takes the long code or the whole link from the QR code', async () => {
    await check('https://peerpath.example/verify/q3XbN0c1T2vS8d9Hk4mW7A');
    expect(navigate).toHaveBeenCalledWith(['/verify', 'q3XbN0c1T2vS8d9Hk4mW7A']);
  });

  it('says what to enter when the field is empty', async () => {
    await check('  ');
    expect(navigate).not.toHaveBeenCalled();
    expect(page.querySelector('.govuk-error-summary')?.textContent).toContain('Enter the verification code');
  });
});
