import { expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn, watchConsole } from './support';

/*
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide every page reads without scrolling sideways; only
 * a wide table scrolls, inside its own focusable region (.pp-scroll-region). Each role opens every
 * page it may, reaching records by the links the demo data gives, and each page is checked once
 * its data has loaded, for sideways scroll and with axe.
 */
test.use({ viewport: { width: 320, height: 640 } });
// Each test opens a dozen pages or more and runs axe on each: more than the default minute, and
// on a busy machine a large page (a programme version) takes more than 5 seconds to appear.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** Signs in and waits to be let in, so the next address opens signed in. */
async function signInAs(page: Page, username: string, password?: string): Promise<void> {
  await signIn(page, username, password);
  await expect(page.getByRole('heading', { level: 1, name: username === 'A1234BC' ? 'Your buddy training' : /^Welcome,/ })).toBeVisible();
}

/** Elements whose right edge is past the viewport and that are not inside a scroll region: the outermost of each, as a selector. */
async function elementsPastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const past = (el: Element) => {
      const box = el.getBoundingClientRect();
      return (box.width > 0 || box.height > 0) && box.right > width + 0.5 && !el.closest('.pp-scroll-region');
    };
    const selector = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const classes = [...e.classList].slice(0, 2).map((c) => `.${CSS.escape(c)}`).join('');
        parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : classes}`);
        if (e.id) break;
      }
      return parts.join(' > ');
    };
    return [...document.body.querySelectorAll('*')]
      .filter((el) => past(el) && !(el.parentElement && past(el.parentElement)))
      .map((el) => `${selector(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)}px)`);
  });
}

/**
 * The page, once `ready` is visible and nothing says it is loading: no page-level sideways
 * scroll, nothing sticking out past the edge, and no axe violations.
 */
async function expectReflows(page: Page, h1: string | RegExp, ...ready: Locator[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: h1 })).toBeVisible();
  for (const locator of ready) await expect(locator.first()).toBeVisible();
  await expect(page.locator('main').getByText(/^Loading/)).toHaveCount(0);
  const where = `${page.url()} at 320 px`;
  const widths = await page.evaluate(() => ({ html: document.documentElement.scrollWidth, body: document.body.scrollWidth, viewport: window.innerWidth }));
  const offenders = await elementsPastTheEdge(page);
  expect(widths.html, `${where}: the page scrolls sideways; past the edge: ${offenders.join('; ')}`).toBeLessThanOrEqual(widths.viewport);
  expect(widths.body, `${where}: the body scrolls sideways; past the edge: ${offenders.join('; ')}`).toBeLessThanOrEqual(widths.viewport);
  expect(offenders, `${where}: elements past the right edge outside a scroll region`).toEqual([]);
  await expectNoAccessibilityViolations(page);
}

/** The address a link points at, for opening later (the link must be there). */
async function hrefOf(link: Locator): Promise<string> {
  await expect(link).toHaveAttribute('href', /^\//);
  return String(await link.getAttribute('href'));
}

async function hrefsOf(links: Locator): Promise<string[]> {
  await expect(links.first()).toBeVisible();
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).filter((h): h is string => !!h);
}

const main = (page: Page) => page.locator('main');
const form = (page: Page) => main(page).locator('form');
/** A page's form, or its buttons and table where it has no form (a renewal is one button). */
const formOrAction = (page: Page) => main(page).locator('form, .govuk-button, table');
const table = (page: Page, testId: string) => page.getByTestId(testId);
/** Monitoring once its figures have loaded: the chart scrolls in its own region, like a wide table. */
const expectMonitoringReflows = async (page: Page) => {
  await page.goto('/monitoring');
  await expectReflows(page, 'How the scheme is doing', page.getByTestId('monitoring-caption'), table(page, 'table-comparison'));
};

async function openBuddy(page: Page, name: string): Promise<string> {
  await page.goto(`/buddies?search=${encodeURIComponent(name.split(' ')[1])}`);
  return hrefOf(table(page, 'buddy-register').getByRole('link', { name }));
}

test('a coordinator reads the register and buddies’ records, and every form on them, at 320 px', async ({ page }) => {
  const problems = watchConsole(page);
  await signInAs(page, 'coordinator');
  await expectReflows(page, 'Welcome, Chris Coordinator');

  await page.goto('/buddies');
  await expectReflows(page, 'Buddy register', table(page, 'buddy-register'));
  await page.getByRole('link', { name: 'Add an applicant' }).click();
  await expectReflows(page, 'Add an applicant', form(page));
  await page.goto('/buddies');
  await page.getByRole('link', { name: 'Decide on several applicants' }).click();
  await expectReflows(page, 'Decide on several applicants', page.getByTestId('bulk-selection-form'));

  // Certified and allocated, certified with a suspended certificate, expired (renewable), mid-training.
  const records = [];
  for (const name of ['Xavier Young', 'Craig Davies', 'Rhodri Price', 'Aaron Blake']) records.push(await openBuddy(page, name));
  const forms = new Set<string>();
  for (const record of records) {
    await page.goto(record);
    await expectReflows(page, /\w+ \w+/, page.getByTestId('buddy-summary'), page.getByTestId('selection-history'), page.getByTestId('eligibility'));
    const links = main(page).locator('a[href^="/buddies/"][href*="/certificates/"], a[href$="/transfer"], a[href$="/release"], a[href$="/supervision/new"], a[href^="/concerns/new"]');
    for (const href of await hrefsOf(links)) forms.add(href);
  }
  // Each kind of change on a record: supervision, renewal, suspend/reinstate/revoke, transfer, release.
  const kinds = [...forms].map((href) => href.split('?')[0].split('/').slice(-2).join('/'));
  expect(kinds).toEqual(expect.arrayContaining(['supervision/new', 'concerns/new', 'renew', 'suspend', 'revoke', 'reinstate', 'transfer', 'release'].map((k) => expect.stringContaining(k))));
  for (const href of forms) {
    await page.goto(href);
    await expectReflows(page, /\S/, formOrAction(page));
  }
  expect(problems).toEqual([]);
});

test('a coordinator runs cohorts at 320 px: list, cohort, sessions, register, enrolment and withdrawal', async ({ page }) => {
  const problems = watchConsole(page);
  await signInAs(page, 'coordinator');
  await page.goto('/cohorts');
  await expectReflows(page, 'Cohorts', table(page, 'cohorts-table'));
  await page.getByRole('link', { name: 'Create a cohort' }).click();
  await expectReflows(page, 'Create a cohort', form(page));

  await page.goto('/cohorts');
  const cohorts = await hrefsOf(table(page, 'cohorts-table').locator('tbody a'));
  expect(cohorts.length).toBeGreaterThanOrEqual(3);
  for (const cohort of cohorts) {
    await page.goto(cohort);
    await expectReflows(page, /\S/, page.getByTestId('cohort-summary'), table(page, 'sessions-table'));
  }

  // The half-way cohort has sessions to take, buddies to withdraw and places to fill.
  await page.goto('/cohorts');
  await table(page, 'cohorts-table').locator('tbody tr', { hasText: 'Running' }).first().getByRole('link').click();
  await expect(table(page, 'enrolments-table')).toBeVisible();
  const pages = [
    await hrefOf(page.getByRole('link', { name: 'Schedule a session' })),
    await hrefOf(page.getByRole('link', { name: 'Schedule a series' })),
    await hrefOf(page.getByRole('link', { name: 'Enrol a buddy' })),
    await hrefOf(page.getByRole('link', { name: 'Enrol several buddies' })),
    await hrefOf(table(page, 'sessions-table').locator('a[href$="/register"]').first()),
    await hrefOf(table(page, 'sessions-table').locator('a[href$="/blank-register"]').first()),
    await hrefOf(table(page, 'enrolments-table').locator('a[href$="/withdraw"]').first()),
  ];
  for (const href of pages) {
    await page.goto(href);
    await expectReflows(page, /\S/, formOrAction(page));
  }
  expect(problems).toEqual([]);
});

test('a coordinator’s recipients, allocations, supervision, concerns, prisons, programmes and monitoring at 320 px', async ({ page }) => {
  const problems = watchConsole(page);
  await signInAs(page, 'coordinator');

  await page.goto('/recipients');
  await expectReflows(page, 'Recipients', table(page, 'recipients'));
  const recipient = await hrefOf(table(page, 'recipients').locator('tbody a').first());
  await page.getByRole('link', { name: 'Add a recipient' }).click();
  await expectReflows(page, 'Add a recipient', form(page));
  await page.goto(recipient);
  await expectReflows(page, /\S/, page.getByTestId('recipient-summary'));
  // Someone supported, with their outcome reviews, and the form to record the next one.
  await page.goto('/recipients?prison=DAI&support=supported');
  await page.goto(await hrefOf(table(page, 'recipients').locator('tbody a').first()));
  await expectReflows(page, /\S/, page.getByTestId('recipient-summary'), page.getByTestId('outcome-reviews'));
  await page.getByRole('button', { name: 'Record an outcome review' }).click();
  await expectReflows(page, 'Record an outcome review', page.getByTestId('outcome-review-form'));

  await page.goto('/allocations');
  await expectReflows(page, 'Allocations', table(page, 'allocations-needing-attention'), table(page, 'allocations-list'));
  const end = await hrefOf(main(page).locator('a[href$="/end"]').first());
  await page.getByRole('link', { name: 'Allocate a buddy' }).first().click();
  await expectReflows(page, 'Allocate a buddy', form(page));
  await page.goto(end);
  await expectReflows(page, /^End the allocation of/, form(page));

  await page.goto('/supervision');
  await expectReflows(page, 'Supervision due', table(page, 'overdue'));
  await page.goto('/attention/supervision-overdue');
  await expectReflows(page, 'Supervision overdue', table(page, 'attention-list'));
  await page.goto('/attention/certificates-expiring');
  await expectReflows(page, 'Certificates expiring within 90 days', table(page, 'attention-list').or(table(page, 'attention-empty')));

  await page.goto('/concerns');
  await expectReflows(page, 'Concerns', table(page, 'concerns'));
  const concern = await hrefOf(table(page, 'concerns').locator('tbody a[href^="/concerns/"]').first());
  await page.goto('/concerns/new');
  await expectReflows(page, 'Raise a concern');
  await page.goto(concern);
  await expectReflows(page, /^Concern about/, page.getByTestId('concern-summary'));

  await page.goto('/prisons');
  await expectReflows(page, 'Prisons', table(page, 'prisons-table'));
  await table(page, 'prisons-table').getByRole('link', { name: 'Policy' }).first().click();
  await expectReflows(page, 'Scheme policy', page.getByTestId('policy-form'));

  await page.goto('/programmes');
  await expectReflows(page, 'Programmes', main(page).locator('table'));
  await expectMonitoringReflows(page);
  await page.goto('/change-password');
  await expectReflows(page, 'Change your password', form(page));
  await page.goto('/staff');
  await expectReflows(page, 'You do not have permission to see this page');
  expect(problems).toEqual([]);
});

test('a trainer’s home, cohorts, register, paper register, assessment and programmes at 320 px', async ({ page }) => {
  const problems = watchConsole(page);
  await signInAs(page, 'trainer');
  await expectReflows(page, 'Welcome, Tess Trainer', table(page, 'sessions-this-week'));
  await page.goto('/attention/registers-not-taken');
  await expectReflows(page, 'Registers not yet taken', table(page, 'attention-list').or(table(page, 'attention-empty')));
  await page.goto('/cohorts');
  await expectReflows(page, 'My cohorts', table(page, 'cohorts-table'));
  await table(page, 'cohorts-table').locator('tbody tr', { hasText: 'Running' }).first().getByRole('link').click();
  await expectReflows(page, /\S/, page.getByTestId('progress-matrix'), table(page, 'sessions-table'), table(page, 'enrolments-table'));
  const pages = [
    await hrefOf(table(page, 'sessions-table').locator('a[href$="/register"]').first()),
    await hrefOf(table(page, 'sessions-table').locator('a[href$="/blank-register"]').first()),
    await hrefOf(page.getByRole('link', { name: 'Schedule a session' })),
    await hrefOf(page.getByRole('link', { name: 'Schedule a series' })),
  ];
  const assess = await hrefOf(page.getByTestId('progress-matrix').locator('thead a').first());
  const raiseConcern = await hrefOf(table(page, 'enrolments-table').locator('a[href^="/concerns/new"]').first());
  for (const href of pages) {
    await page.goto(href);
    await expectReflows(page, /\S/, formOrAction(page));
  }
  await page.goto(assess);
  await expectReflows(page, /^Module \d+:/, table(page, 'decisions-table'));

  await page.goto('/programmes');
  await expectReflows(page, 'Programmes', main(page).locator('table'));
  // The newest version of each programme (the list is newest first): the largest pages there are.
  for (const version of await hrefsOf(main(page).locator('tbody tr:first-child a[href^="/programmes/versions/"]'))) {
    await page.goto(version);
    await expectReflows(page, /^Version /, page.getByTestId('module-1'));
  }
  await page.goto(raiseConcern);
  await expectReflows(page, 'Raise a concern', page.getByTestId('concern-form'));
  expect(problems).toEqual([]);
});

test('an admin’s staff accounts, programmes, monitoring and a draft being edited at 320 px', async ({ page }) => {
  const problems = watchConsole(page);
  await signInAs(page, 'admin');
  await expectReflows(page, 'Welcome, Alex Admin', table(page, 'staff-table'));
  await page.goto('/staff');
  await expectReflows(page, 'Staff accounts', table(page, 'staff-table'));
  const account = await hrefOf(table(page, 'staff-table').locator('tbody a').first());
  await page.getByRole('link', { name: 'Add a staff account' }).click();
  await expectReflows(page, 'Add a staff account', form(page));
  await page.goto(account);
  await expectReflows(page, /\S/, page.getByTestId('staff-summary'), table(page, 'roles-table'));

  await page.goto('/prisons');
  await expectReflows(page, 'Prisons', table(page, 'prisons-table'));
  await table(page, 'prisons-table').getByRole('link', { name: 'Policy' }).last().click();
  await expectReflows(page, 'Scheme policy', page.getByTestId('policy-form'));
  await expectMonitoringReflows(page);

  // A draft of the Care Certificate (the programme no other browser test changes), to see the editor.
  await page.goto('/programmes');
  const care = page.getByTestId('programme-care-certificate');
  await expectReflows(page, 'Programmes', care.locator('table'));
  await care.getByRole('link', { name: /Start a new draft/ }).click();
  await expectReflows(page, /^Version /, page.getByTestId('module-1'));
  await page.getByRole('button', { name: 'Start a new draft' }).click();
  await expectReflows(page, /^Edit draft /, page.getByTestId('modules'));
  await page.getByRole('link', { name: /^Module 1: / }).click();
  await expectReflows(page, /^Module 1: /, page.locator('#o0-c0-text'));

  await page.goto('/audit');
  await expectReflows(page, 'Audit trail', table(page, 'audit-events'));
  expect(problems).toEqual([]);
});

test('an auditor reads everything in the cluster at 320 px', async ({ page }) => {
  const problems = watchConsole(page);
  await signInAs(page, 'auditor');
  await expectReflows(page, /^Welcome,/);
  await page.goto('/buddies');
  await expectReflows(page, 'Buddy register', table(page, 'buddy-register'));
  await page.goto(await openBuddy(page, 'Xavier Young'));
  await expectReflows(page, 'Xavier Young', page.getByTestId('buddy-summary'), page.getByTestId('eligibility'));
  await page.getByRole('link', { name: 'Audit trail for this buddy' }).click();
  await expectReflows(page, 'Audit trail', table(page, 'audit-events'));
  await page.goto('/cohorts');
  await expectReflows(page, 'Cohorts', table(page, 'cohorts-table'));
  await table(page, 'cohorts-table').locator('tbody a').first().click();
  await expectReflows(page, /\S/, page.getByTestId('cohort-summary'));
  await page.goto('/recipients');
  await expectReflows(page, 'Recipients', table(page, 'recipients'));
  await page.goto('/allocations');
  await expectReflows(page, 'Allocations', table(page, 'allocations-list'));
  await page.goto('/supervision');
  await expectReflows(page, 'Supervision due', table(page, 'overdue'));
  await page.goto('/concerns');
  await expectReflows(page, 'Concerns', table(page, 'concerns'));
  await table(page, 'concerns').locator('tbody a[href^="/concerns/"]').first().click();
  await expectReflows(page, /^Concern about/, page.getByTestId('concern-summary'));
  await page.goto('/prisons');
  await expectReflows(page, 'Prisons', table(page, 'prisons-table'));
  await table(page, 'prisons-table').getByRole('link', { name: 'Policy' }).first().click();
  await expectReflows(page, 'Scheme policy', page.getByTestId('policy'));
  await expectMonitoringReflows(page);
  expect(problems).toEqual([]);
});

test('a buddy at the kiosk reads their own page at 320 px', async ({ page }) => {
  const problems = watchConsole(page);
  await signInAs(page, 'A1234BC', '246810');
  await expectReflows(page, 'Your buddy training', page.getByTestId('my-modules'), page.getByTestId('certificate-words'));
  expect(problems).toEqual([]);
});

test('the public pages at 320 px: sign in, certificate check, accessibility, not found', async ({ page, browser }) => {
  const problems = watchConsole(page);
  await page.goto('/sign-in');
  await expectReflows(page, 'Sign in to Peerpath', form(page));
  await page.goto('/verify');
  await expectReflows(page, /^Check/, form(page));
  await page.goto('/accessibility');
  await expectReflows(page, 'Accessibility statement for Peerpath');
  await page.goto('/no-such-page');
  await expectReflows(page, 'Page not found');

  // A real certificate's check, by the link on its record.
  const staff = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await signInAs(staff, 'coordinator');
  await staff.goto(await openBuddy(staff, 'Xavier Young'));
  const check = await hrefOf(staff.getByRole('link', { name: /public verification page/ }).first());
  await staff.close();
  await page.goto(check);
  await expectReflows(page, /\S/, page.getByTestId('verification-result'));
  expect(problems).toEqual([]);
});
