import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DOWNLOADS, expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * Issue 5's promise, in the browser: nobody is allocated to care for another prisoner unless
 * certified. The coordinator is stopped, with every reason, from allocating a buddy still in
 * training; certifies an eligible buddy, whose PDF's QR link verifies publicly; then allocates
 * them. And a buddy signs in at the kiosk and sees only their own page.
 *
 * Demo data at Exeter: Aaron Blake (A1234BC) is mid-training, PIN 246810; Elliot Fraser
 * (B5419EF) is eligible but not certified; Dennis Shaw (G7155DS) and Brian Walsh (G8266BW)
 * wait for support.
 */

const AARON = { prisonNumber: 'A1234BC', pin: '246810', name: 'Aaron Blake' };
const ELLIOT = { prisonNumber: 'B5419EF', name: 'Elliot Fraser' };

const summary = (page: Page) => page.locator('.govuk-error-summary');
const gate = (page: Page) => page.getByTestId('gate');

/** The browser logs each refused request; the one refusal this journey asks for is expected. */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of 409 \(Conflict\)/.test(p));

/** Chooses the recipient whose option mentions this prison number (its label says whether they are waiting). */
async function chooseRecipient(page: Page, prisonNumber: string): Promise<void> {
  const option = page.locator('#recipientId option', { hasText: prisonNumber });
  await expect(option).toHaveCount(1);
  await page.getByLabel('Recipient').selectOption((await option.getAttribute('value')) ?? '');
}

test('a coordinator is refused an uncertified buddy with every reason, certifies an eligible one, verifies the PDF and allocates them', async ({
  page,
  browser,
}) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();

  // The recipient register: people waiting for support come first.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Recipients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recipients' })).toBeVisible();
  await expect(page).toHaveTitle('Recipients – Peerpath');
  const rows = page.getByTestId('recipients').locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Waiting for a buddy');
  await expect(rows.nth(1)).toContainText('Waiting for a buddy');
  await expect(rows.filter({ hasText: 'Waiting for a buddy' }).filter({ hasText: 'Dennis Shaw' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Waiting for a buddy' }).filter({ hasText: 'Brian Walsh' })).toHaveCount(1);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/recipients.png`, fullPage: true });

  // Aaron is still training: the buddy search offers only certified buddies, so he is not found there.
  await page.getByRole('link', { name: 'Allocate a buddy to Dennis Shaw' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Allocate a buddy' })).toBeVisible();
  await expect(page).toHaveURL(/\/allocations\/new\?recipient=[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Recipient')).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByLabel('Search by prison number or name').fill(AARON.prisonNumber);
  await expect(page.getByTestId('buddyId-status')).toHaveText(`No one found matching “${AARON.prisonNumber}”.`);
  // Named in the address (as "Allocate to someone" on his record does), he is offered, and the gate says why before anything is submitted.
  const aaron = (await (await page.request.get(`/api/buddies?search=${AARON.prisonNumber}`)).json()).items[0].id as string;
  await page.goto(`${page.url()}&buddy=${aaron}`);
  await expect(page.getByRole('radio', { name: `${AARON.name} (${AARON.prisonNumber})` })).toBeChecked();
  await expect(page.getByLabel('Recipient')).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByLabel('Escorting and mobility').check();
  await page.getByLabel('Planned hours a week').fill('3');
  await expect(gate(page).getByTestId('gate-reasons')).toContainText('The buddy does not hold a certificate');
  await expect(gate(page)).toContainText('This allocation cannot go ahead');
  await expect(page.getByTestId('gate-allowed')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // Submitting anyway is refused by the API, with the same reasons in the error summary.
  await page.getByRole('button', { name: 'Allocate', exact: true }).click();
  await expect(summary(page)).toContainText('There is a problem');
  await expect(summary(page).getByRole('link', { name: 'The buddy does not hold a certificate' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Allocate a buddy/);
  await expect(page).toHaveURL(/\/allocations\/new/);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/allocation-refused.png`, fullPage: true });

  // Elliot is eligible: find him in the register and issue his certificate.
  await page.goto(`/buddies?search=${ELLIOT.prisonNumber}`);
  await page.getByTestId('buddy-register').getByRole('link', { name: ELLIOT.name }).click();
  await expect(page).toHaveURL(/\/buddies\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: ELLIOT.name })).toBeVisible();
  await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'issue-certificate');
  await page.getByRole('button', { name: 'Issue certificate' }).click();
  // Said as what it means for Elliot, and the record moves on: certified, ready to be allocated.
  await expect(page.getByTestId('success-banner')).toContainText(
    new RegExp(`Certificate issued: ${ELLIOT.name} is now a certified buddy for Buddy Support Worker\\. Certificate PP-EXI-\\d{4}-\\d{5} is valid until`),
  );
  await expect(page.getByTestId('summary-stage')).toHaveText('Certified');
  await expect(page.getByTestId('summary-certificate')).toContainText('Valid Buddy Support Worker');
  const pdfLink = page.getByRole('link', { name: 'Download certificate (PDF)' });
  await expect(pdfLink).toBeVisible();

  // The PDF's QR code carries a link to the public verification page.
  const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
  const saved = `${DOWNLOADS}/certificate.pdf`;
  await download.saveAs(saved);
  const pdf = (await readFile(saved)).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  const uri = /\/URI \((https?:\/\/[^)\s]+)\)/.exec(pdf)?.[1];
  expect(uri).toMatch(/\/verify\/[A-Za-z0-9_-]{10,32}$/);
  // The printed host is PUBLIC_URL; the path is what the QR code leads to on any host.
  const verifyPath = new URL(String(uri)).pathname;
  // The short code printed under the QR code is on the record too, for a verifier who cannot scan.
  const shortCode = page.getByTestId('short-code');
  await expect(shortCode).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
  const printedCode = (await shortCode.textContent())?.trim() ?? '';

  // Anyone can open it, signed in or not: a fresh browser context has no session.
  const verifierContext = await browser.newContext();
  const verifier = await verifierContext.newPage();
  const verifierProblems = watchConsole(verifier);
  await verifier.goto(verifyPath);
  await expect(verifier).toHaveURL(new RegExp(`${verifyPath}$`));
  await expect(verifier.getByRole('heading', { level: 1, name: 'Valid', exact: true })).toBeVisible();
  const details = verifier.getByTestId('verification-details');
  await expect(details).toContainText('Buddy Support Worker');
  await expect(details).toContainText('E. F.');
  // Only the listed fields: never the holder's name or prison number.
  await expect(verifier.locator('main')).not.toContainText(ELLIOT.name);
  await expect(verifier.locator('main')).not.toContainText(ELLIOT.prisonNumber);
  await expectNoAccessibilityViolations(verifier);
  await verifier.screenshot({ path: `${SCREENSHOTS}/verify.png`, fullPage: true });
  // The short code typed by hand, in small letters with spaces, finds the same certificate.
  await verifier.goto('/verify');
  await expect(verifier.getByRole('heading', { level: 1, name: "Check a buddy's certificate" })).toBeVisible();
  await expectNoAccessibilityViolations(verifier);
  await verifier.getByLabel('Verification code').fill(printedCode.toLowerCase().replace(/-/g, ' '));
  await verifier.getByRole('button', { name: 'Check certificate' }).click();
  await expect(verifier).toHaveURL(new RegExp(`/verify/${printedCode}$`));
  await expect(verifier.getByRole('heading', { level: 1, name: 'Valid', exact: true })).toBeVisible();
  await expect(verifier.getByTestId('verification-details')).toContainText('E. F.');
  // A code typed in by hand that matches nothing gets a plain "not found".
  await verifier.goto('/verify');
  await expect(verifier.getByRole('heading', { level: 1, name: "Check a buddy's certificate" })).toBeVisible();
  await verifier.getByLabel('Verification code').fill('NoSuchCode0000000000');
  await verifier.getByRole('button', { name: 'Check certificate' }).click();
  await expect(verifier.getByRole('heading', { level: 1, name: 'Certificate not found' })).toBeVisible();
  await expectNoAccessibilityViolations(verifier);
  expect(verifierProblems.filter((p) => !/status of 404 \(Not Found\)/.test(p))).toEqual([]);
  await verifierContext.close();

  // Now certified, Elliot can be allocated: the gate says so before submitting.
  await page.goto('/allocations');
  await expect(page.getByRole('heading', { level: 1, name: 'Allocations' })).toBeVisible();
  await expect(page.getByTestId('allocations-needing-attention')).toContainText('is suspended');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: 'Allocate a buddy' }).click();
  await page.getByLabel('Search by prison number or name').fill(ELLIOT.prisonNumber);
  await page.getByRole('radio', { name: `${ELLIOT.name} (${ELLIOT.prisonNumber})` }).check();
  await chooseRecipient(page, 'G8266BW');
  await page.getByLabel('Company and activities').check();
  await page.getByLabel('Reading and writing (applications, menus)').check();
  await page.getByLabel('Planned hours a week').fill('4');
  await expect(page.getByTestId('gate-allowed')).toHaveText('This allocation can go ahead.');
  await page.getByRole('button', { name: 'Allocate', exact: true }).click();

  await expect(page).toHaveURL(/\/allocations$/);
  await expect(page.getByTestId('success-banner')).toContainText(`${ELLIOT.name} is allocated to Brian Walsh.`);
  const row = page.getByTestId('allocations-list').locator('tbody tr', { hasText: ELLIOT.name });
  await expect(row).toContainText('Brian Walsh');
  await expect(row).toContainText('Company and activities');
  await expect(row).toContainText('4 hours');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/allocation-made.png`, fullPage: true });

  // Brian's record shows who supports him now; ending an allocation asks why (left unsent here).
  await row.getByRole('link', { name: 'Brian Walsh', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brian Walsh' })).toBeVisible();
  await expect(page.getByTestId('recipient-summary')).toContainText('Supported by 1 buddy');
  await expect(page.getByTestId('recipient-allocations')).toContainText(ELLIOT.name);
  await expectNoAccessibilityViolations(page);
  await page.goto('/allocations');
  await page.getByTestId('allocations-needing-attention').getByRole('link', { name: /^End allocation of / }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^End the allocation of / })).toBeVisible();
  await page.getByRole('button', { name: 'End allocation' }).click();
  await expect(summary(page).getByRole('link', { name: 'Give a reason for ending the allocation' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: 'Cancel' }).click();
  await page.goto('/recipients/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a recipient' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect(unexpected(problems)).toEqual([]);
});

test('a buddy signs in at the kiosk and sees only their own page, in plain words', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, AARON.prisonNumber, AARON.pin);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your buddy training' })).toBeVisible();
  await expect(page).toHaveTitle('Your buddy training – Peerpath');
  await expect(page.getByRole('banner')).toContainText(AARON.name);
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link')).toHaveText(['Home']);

  await expect(page.getByTestId('modules-words')).toHaveText(/^You have (done \d+ of 14 modules|14 modules to do)\.$/);
  await expect(page.getByTestId('my-modules').locator('tbody tr')).toHaveCount(14);
  await expect(page.getByTestId('my-modules').locator('tbody .govuk-tag').first()).toHaveText(/^(Done|Started|To do)$/);
  for (const heading of ['Your modules', 'Next session', 'Supervision', 'Certificate']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText('You do not have a certificate yet.')).toBeVisible();
  const print = page.getByRole('link', { name: 'Print this page' });
  await expect(print).toHaveAttribute('href', '/api/me/summary.pdf');
  const pdf = await page.request.get('/api/me/summary.pdf');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/buddy-view.png`, fullPage: true });

  // Staff pages are not for buddies: each address says so, and home is their own page.
  for (const address of ['/buddies', '/cohorts', '/recipients', '/allocations/new']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Buddy register' })).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Go to the Peerpath home page' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your buddy training' })).toBeVisible();
  // And the API refuses them everything else, whatever the browser asks.
  expect((await page.request.get('/api/buddies')).status()).toBe(403);
  expect(problems).toEqual([]);
});
