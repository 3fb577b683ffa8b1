import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@peerpath/api/database/data-source';
import type { ScratchDatabase } from '@peerpath/api/database/scratch-database';
import { createTestDatabase } from '@peerpath/api/testing/test-app';
import { csvCell, csvFile, streamRows } from './csv';
import { ReportingDatabase } from './reporting-database';

async function text(file: ReturnType<typeof csvFile>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of file.getStream()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

const HOSTILE = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', '\nLF', 'say "hi", then go', 'two\nlines', 'Siân Ellis-Jones'];

describe('CSV downloads', () => {
  it('neutralises every formula trigger, keeps numbers as numbers, and parses back cell for cell', async () => {
    const rows = HOSTILE.map((value, i) => ({ value, n: i - 1, numeric: '12.5' }));
    const csv = await text(csvFile('hostile.csv', [{ key: 'value', header: 'Value' }, { key: 'n', header: 'Number' }, { key: 'numeric', header: 'Numeric' }], rows));

    expect(csv.startsWith('\uFEFFValue,Number,Numeric\r\n')).toBe(true);
    const parsed: string[][] = parse(csv.slice(1), { relax_quotes: false });
    expect(parsed[0]).toEqual(['Value', 'Number', 'Numeric']);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(["'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tTAB", "'\rCR", "'\nLF", 'say "hi", then go', 'two\nlines', 'Siân Ellis-Jones']);
    expect(parsed.slice(1).map((r) => r[1])).toEqual(HOSTILE.map((_, i) => String(i - 1)));
    expect(parsed.slice(1).every((r) => r[2] === '12.5')).toBe(true);
  });

  it('writes nothing dangerous for empty, boolean and object values', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('Yes');
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell({ a: '=x' })).toBe('{"a":"=x"}');
  });

  describe('streamed from PostgreSQL', () => {
    let database: ScratchDatabase;
    let dataSource: DataSource;
    beforeAll(async () => {
      database = await createTestDatabase();
      dataSource = await createDataSource(database.url).initialize();
    });
    afterAll(async () => {
      await dataSource.destroy();
      await database.drop();
    });

    it('streams every row of a query and gives the connection back', async () => {
      const csv = await text(csvFile('n.csv', [{ key: 'n', header: 'n' }], streamRows(new ReportingDatabase(dataSource, false), 'SELECT g AS n FROM generate_series(1, $1::int) g', [2500])));
      const parsed: string[][] = parse(csv.slice(1));
      expect(parsed).toHaveLength(2501);
      expect(parsed[2500]).toEqual(['2500']);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'`);
      expect(count).toBe(1);
    });
  });
});
