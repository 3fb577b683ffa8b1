import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { stringify } from 'csv-stringify';
// TypeORM loads the cursor stream by name for QueryRunner.stream(); importing it here also
// puts it in the built package.json, so the Docker image installs it.
import 'pg-query-stream';
import type { ReportingDatabase } from './reporting-database';

/** One column of a CSV download: the row's key and the header people read. */
export interface CsvColumn {
  key: string;
  header: string;
}

type Row = Record<string, unknown>;

/** A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV Injection"). */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/;
/** A number, as PostgreSQL sends numeric and bigint values (text): it stays a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A value as a safe CSV cell: numbers stay numbers; text that a spreadsheet would run as a
 * formula gets a leading apostrophe, so it shows as typed and never runs.
 */
export function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

const BYTE_ORDER_MARK = '\uFEFF';

async function* csvChunks(columns: readonly CsvColumn[], rows: AsyncIterable<Row> | Iterable<Row>): AsyncGenerator<string> {
  // RFC 4180: CRLF between records, fields with commas, quotes or line breaks quoted.
  const stringifier = stringify({ header: true, columns: columns.map((c) => ({ key: c.key, header: c.header })), record_delimiter: 'windows', quoted_match: /^$/ });
  const feed = (async () => {
    try {
      for await (const row of rows) {
        const cells = Object.fromEntries(columns.map((c) => [c.key, csvCell(row[c.key])]));
        // Respect back-pressure: wait for the reader when the buffer is full.
        if (!stringifier.write(cells)) await new Promise((resolve) => stringifier.once('drain', resolve));
      }
      stringifier.end();
    } catch (error) {
      stringifier.destroy(error as Error);
    }
  })();
  yield BYTE_ORDER_MARK;
  for await (const chunk of stringifier) yield String(chunk);
  await feed;
}

/**
 * A CSV download (UTF-8 with a byte order mark, so spreadsheet programs read accents right),
 * streamed as the rows arrive: pass an async iterable such as streamRows() for long tables.
 */
export function csvFile(filename: string, columns: readonly CsvColumn[], rows: AsyncIterable<Row> | Iterable<Row>): StreamableFile {
  return new StreamableFile(Readable.from(csvChunks(columns, rows)), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
  });
}

/**
 * The rows of one query, streamed from PostgreSQL with a cursor (pg-query-stream), so a
 * download of a national table never holds it all in memory. Downloads read from the reporting
 * database (a replica when one is configured). The connection is returned when the rows end or
 * the reader stops.
 */
export async function* streamRows(reporting: ReportingDatabase, sql: string, parameters: unknown[]): AsyncGenerator<Row> {
  const runner = reporting.dataSource.createQueryRunner('slave');
  try {
    const stream = await runner.stream(sql, parameters);
    for await (const row of stream) yield row as Row;
  } finally {
    await runner.release();
  }
}
