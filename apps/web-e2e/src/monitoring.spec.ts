import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { DOWNLOADS, expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * Monitoring (issue 11): the Devon auditor reads how the scheme is doing across the cluster's
 * three prisons, reads a chart's figures as a table, and downloads that table: the CSV holds
 * exactly the rows the page shows.
 */

const DEVON_PRISONS = ['HMP Exeter', 'HMP Dartmoor', 'HMP Channings Wood'];

/** A cell as a comparable value: the page writes units ("87.5%", "£1,250.00", "3.5 hours"); the CSV keeps bare numbers. */
function comparable(text: string): string | number {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'No figure') return '';
  const bare = trimmed.replace(/^£/, '').replace(/,/g, '').replace(/(%| days?| hours?| out of 5)$/, '');
  return /^-?\d+(\.\d+)?$/.test(bare) ? Number(bare) : trimmed;
}

/** The header texts and body rows of a table as shown (each row's header cell and data cells). */
async function tableAsShown(table: Locator): Promise<{ headers: string[]; rows: string[][] }> {
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
  return { headers, rows };
}

async function download(page: Page, link: Locator, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = `${DOWNLOADS}/${name}`;
  await file.saveAs(saved);
  return saved;
}

test('a cluster auditor reads monitoring for Devon, a chart as a table, and downloads its CSV and the scheme summary', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'auditor');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Monitoring' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'How the scheme is doing' })).toBeVisible();
  await expect(page).toHaveTitle('How the scheme is doing – Peerpath');
  await expect(page.getByTestId('monitoring-caption')).toContainText(/Devon.*, \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}, compared with the 12 months before/);
  await expect(page.getByLabel('Prisons', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Update' })).toBeVisible();

  // The cluster's three prisons side by side, and nobody else's.
  const comparison = page.getByTestId('table-comparison');
  await expect(comparison.locator('tbody tr')).toHaveCount(3);
  for (const prison of DEVON_PRISONS) await expect(comparison.locator('tbody tr', { hasText: prison })).toHaveCount(1);
  await expect(comparison).not.toContainText('Hull');
  await expect(page.getByTestId('comparison').getByRole('link', { name: /^Download CSV/ })).toHaveAttribute('href', /^\/api\/monitoring\/csv\/comparison/);

  // Sorted by prison at first; a number column sorts most first, in the address.
  await expect(comparison.locator('thead th').first()).toHaveAttribute('aria-sort', 'ascending');
  const numberColumn = comparison.getByRole('columnheader', { name: /Buddies in supervision/ });
  await numberColumn.getByRole('link').click();
  await expect(numberColumn).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/[?&]order=desc/);
  await expect(comparison.locator('tbody tr')).toHaveCount(3);

  // At least one chart, one image named by its summary, beside the same figures as a table.
  const charts = page.locator('main svg[role=img]');
  await expect(charts.first()).toBeVisible();
  await expect(charts.first()).toHaveAttribute('aria-label', /\w+/);
  await page.screenshot({ path: `${SCREENSHOTS}/monitoring-auditor.png`, fullPage: true });

  const block = page.locator('[data-testid^="monitoring-table-"]').filter({ has: page.locator('svg[role=img]') }).first();
  const table = block.locator('table');
  await expect(table).toBeHidden();
  await block.getByText('View data as a table').click();
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await block.scrollIntoViewIfNeeded();
  await block.screenshot({ path: `${SCREENSHOTS}/monitoring-chart-table.png` });
  await expectNoAccessibilityViolations(page);

  // Its CSV: the same columns (by heading) and the same rows, in the same order.
  const shown = await tableAsShown(table);
  const csvLink = block.getByRole('link', { name: /^Download CSV/ });
  await expect(csvLink).toHaveAttribute('href', /^\/api\/monitoring\/csv\/[\w.-]+/);
  const csv = parse(await readFile(await download(page, csvLink, 'monitoring-table.csv'), 'utf8'), { bom: true }) as string[][];
  const [header, ...data] = csv;
  const columnOf = shown.headers.map((label) => header.indexOf(label));
  expect(columnOf.filter((index) => index < 0), `CSV headings ${header.join(', ')} lack one of ${shown.headers.join(', ')}`).toEqual([]);
  expect(data).toHaveLength(shown.rows.length);
  shown.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const onPage = comparable(cell);
      const inCsv = comparable(data[r][columnOf[c]]);
      if (typeof onPage === 'number' && typeof inCsv === 'number') {
        // The page rounds to one decimal place at most; the CSV keeps the figure.
        expect(Math.abs(onPage - inCsv), `row ${r + 1}, ${shown.headers[c]}: ${cell} on the page, ${data[r][columnOf[c]]} in the CSV`).toBeLessThanOrEqual(0.051);
      } else {
        expect(inCsv, `row ${r + 1}, ${shown.headers[c]}`).toEqual(onPage);
      }
    });
  });

  // The one-page summary, for the same scope and period.
  const pdfLink = page.getByRole('link', { name: 'Download the scheme summary (PDF)' });
  await expect(pdfLink).toHaveAttribute('href', /^\/api\/monitoring\/summary\.pdf/);
  // Fetched by its address with the signed-in session: Chromium holds back a second download from one page.
  const pdf = await page.request.get(String(await pdfLink.getAttribute('href')));
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // One prison: the address carries the choice, and the comparison narrows to it.
  const exeter = await page.locator('#scope option', { hasText: 'Exeter' }).first().getAttribute('value');
  await page.getByLabel('Prisons', { exact: true }).selectOption(String(exeter));
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page).toHaveURL(/[?&]scope=prison/);
  await expect(page.getByTestId('monitoring-caption')).toContainText('Exeter');
  await expect(page.getByTestId('table-comparison').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Download the scheme summary (PDF)' })).toHaveAttribute('href', /[?&]scope=prison%3AEXI/);
  expect(problems).toEqual([]);
});

test('a trainer is not offered monitoring and may not open it', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'trainer');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Monitoring' })).toHaveCount(0);
  await page.goto('/monitoring');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
  expect(problems).toEqual([]);
});
