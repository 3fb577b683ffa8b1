import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API, urlOf, type ParamNames, type RequestOf, type ResponseOf } from './routes';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T | undefined => undefined;

// The browser and the API share these shapes; keeping the lib free of runtime imports means it
// can never drag server (or browser) dependencies across the boundary.
describe('contracts lib', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
  const runtimeLines = (file: string) =>
    readFileSync(join(__dirname, file), 'utf8')
      .split('\n')
      .filter((line) => /^export\s+(const|let|var|function|class|enum|default)\b/.test(line) || /^import\s+(?!type\b)/.test(line));

  it.each(files.filter((f) => f !== 'routes.ts'))('%s declares types only', (file) => {
    expect(runtimeLines(file)).toEqual([]);
  });

  // The route table is the one exception: plain data and a URL builder, importing nothing at run time.
  it('routes.ts exports only the table, the list of its routes that take an Idempotency-Key, and urlOf, and imports types only', () => {
    expect(runtimeLines('routes.ts')).toEqual([
      'export function urlOf<P extends string>(route: Route<HttpMethod, P>, params: PathParams<P>): string {',
      'export const API = {',
      'export const IDEMPOTENT_ROUTES: readonly RouteName[] = [',
    ]);
  });
});

describe('route table', () => {
  const entries = Object.entries(API);

  it('gives every route an /api/ path', () => {
    expect(entries.filter(([, r]) => !r.path.startsWith('/api/')).map(([name]) => name)).toEqual([]);
  });

  it('lists each method and path once', () => {
    const keys = entries.map(([, r]) => `${r.method} ${r.path}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('fills in and encodes path parameters', () => {
    expect(urlOf(API.buddy, { buddyId: 'a b/c' })).toBe('/api/buddies/a%20b%2Fc');
    expect(urlOf(API.withdraw, { cohortId: 'c1', enrolmentId: 'e1' })).toBe('/api/cohorts/c1/enrolments/e1/withdrawal');
    expect(urlOf(API.mySummaryPdf, {})).toBe('/api/me/summary.pdf');
  });

  it('infers parameters, request and response from the table (checked when this compiles)', () => {
    assertType<Equal<ParamNames<'/api/cohorts/:cohortId/sessions/:sessionId/register'>, 'cohortId' | 'sessionId'>>();
    assertType<Equal<ParamNames<'/api/me/summary.pdf'>, never>>();
    assertType<Equal<RequestOf<typeof API.recordSupervision>, import('./supervision').RecordSupervisionRequest>>();
    assertType<Equal<ResponseOf<typeof API.buddyCertificates>, import('./certification').CertificateView[]>>();
    // A path parameter cannot be left out: refused when this compiles, and at run time too.
    // @ts-expect-error: buddyId is missing
    expect(() => urlOf(API.buddy, {})).toThrow('/api/buddies/:buddyId: no value for :buddyId');
  });
});
