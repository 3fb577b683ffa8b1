import fc from 'fast-check';
import request from 'supertest';
import { API } from '@peerpath/contracts';
import { signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';
import { idsAtPrison, rowCounts, type PathIds } from '@peerpath/api/testing/route-fixtures';

/*
 * Property-based fuzzing of every operation in the OpenAPI document (the one served at
 * /api/docs-json): generated path parameters, queries and bodies, shaped by each operation's
 * schema and then broken (wrong types, huge and deeply nested values, unknown and
 * prototype-named fields, control and bidirectional characters, impossible dates), sent as a
 * signed-in admin and as a coordinator. No answer may be a 5xx, and a refused request writes
 * no row anywhere. The seed is fixed so a failure reproduces; fast-check prints it.
 */

/** Fixed, so a failure reproduces; FUZZ_SEED and FUZZ_RUNS explore further by hand. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20260213);
/** Runs per operation and caller: about 1,600 requests, well under two minutes on two cores. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 8);

/** Tables a refused request may still touch: its session, and the counters that throttle sign-in and requests. */
const BOOKKEEPING = ['sessions', 'rate_limits', 'sign_in_attempts', 'unknown_username_failures', 'migrations'];

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  path: string;
  parameters: Parameter[];
  body?: Schema;
}
interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

const IMPOSSIBLE_DATES = ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '0000-00-00', '+275760-09-13', '2026-04-31', '31/12/2026', '2026-1-1', '2026-06-15T25:61:00Z'];
const HOSTILE_TEXT = ['\u202E', 'abc\u202Edef', '\u0000', 'a\u0007b', 'line\r\nbreak', '\u200B', '\uFEFF', '\uD800', '=cmd|\' /C calc\'!A0', "'; DROP TABLE buddies; --", '../../etc/passwd', '%00', '<script>alert(1)</script>', ''];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Percent-encoded; a lone surrogate goes as the bytes it would be (invalid UTF-8, which a server must also survive). */
const encode = (text: string) => text.replace(/[\uD800-\uDFFF]/g, (ch, i: number, all: string) => (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i, i + 2)) || /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i - 1, i + 1)) ? ch : '\u0000lone')).split('\u0000lone').map(encodeURIComponent).join('%ED%A0%80');

/** `{"a":{"a":…}}`, `levels` deep. */
const nestedValue = (levels: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
};
/** An own, enumerable key of any name, `__proto__` included (plain assignment would set the prototype). */
const withKey = (obj: Record<string, unknown>, key: string, value: unknown) => {
  Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  return obj;
};

/** Anything at all, sometimes huge or deep: what replaces a value when the schema is broken. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, -0, 2 ** 53 + 1, 1e308, -1e308, [], {}, '', '1', 'true', 'null'),
  fc.constantFrom(...HOSTILE_TEXT, ...IMPOSSIBLE_DATES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1000, max: 150_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(30, 40).map(nestedValue),
  fc.array(fc.uuid(), { maxLength: 3 }),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => withKey({}, key, { polluted: true })),
);

const resolve = (doc: OpenApi, schema: Schema | undefined): Schema => {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop() as string]);
  const merged = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
  return merged ? resolve(doc, merged) : schema;
};

/** A value the schema would accept, as far as types and formats go (the rules behind it are the server's). */
function plausible(doc: OpenApi, raw: Schema | undefined, ids: PathIds, key: string, depth = 0, strict = false): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const idFor = Object.entries(ids).find(([name]) => name.toLowerCase() === key.toLowerCase() || `${name}s`.toLowerCase() === key.toLowerCase());
  switch (schema.type) {
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer(), fc.constantFrom(-1, 0.5, 2 ** 31, 2 ** 53 + 1));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(plausible(doc, schema.items, ids, key.replace(/s$/, ''), depth + 1, strict), { maxLength: 3 });
    case 'object':
      return depth > 3 ? fc.constant({}) : objectOf(doc, schema, ids, depth + 1, strict);
    default:
      if (idFor) return fc.oneof(fc.constant(idFor[1]), fc.uuid());
      if (schema.format === 'date' || /On$|^from$|^to$/.test(key)) return fc.oneof(fc.date({ noInvalidDate: true, min: new Date('2020-01-01'), max: new Date('2030-12-31') }).map((d) => d.toISOString().slice(0, 10)), fc.constantFrom(...IMPOSSIBLE_DATES));
      if (/Code$/.test(key) || key === 'prison') return fc.constantFrom('EXI', 'DAI', 'HLI', 'ZZZ', 'exi');
      return fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...HOSTILE_TEXT), fc.integer({ min: 200, max: 5000 }).map((n) => '\u202E'.repeat(n)));
  }
}

/**
 * Each field: left out, plausible, or broken; sometimes an unknown or prototype-named field besides.
 * `strict`: every field plausible and no unknown one, so hostile text and impossible dates get past
 * the shape checks to the rules and the SQL behind them.
 */
function objectOf(doc: OpenApi, schema: Schema, ids: PathIds, depth = 0, strict = false): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(schema.properties ?? {});
  const field = ([key, s]: [string, Schema]) =>
    (strict
      ? plausible(doc, s, ids, key, depth, true)
      : fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 5, arbitrary: plausible(doc, s, ids, key, depth) }, { weight: 2, arbitrary: junk })
    ).map((v) => [key, v] as const);
  const extra = strict ? fc.constant(null) : fc.option(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ minLength: 1, maxLength: 12 })), junk), { freq: 4 });
  return fc.tuple(fc.tuple(...fields.map(field)), extra).map(([values, more]) => {
    const obj: Record<string, unknown> = {};
    for (const [key, v] of values) if (v !== undefined) obj[key] = v;
    if (more) withKey(obj, more[0], more[1]);
    return obj;
  });
}

/** A path parameter: a real id, someone else's shape of id, or junk. */
const pathValue = (name: string, ids: PathIds) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(ids[name] ?? 'x') },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'null', 'undefined', '-1', '1e9', '..', '%', '%00', '%E2%80%AE', 'constructor', '__proto__', 'x'.repeat(3000)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
  );

/** A query string: the documented parameters, plausible or broken, plus unknown, repeated and bracketed keys. */
function queryString(doc: OpenApi, params: Parameter[], ids: PathIds): fc.Arbitrary<string> {
  const asText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');
  const one = (p: Parameter) =>
    fc.oneof(fc.constant<string[]>([]), plausible(doc, p.schema, ids, p.name).map((v) => [`${p.name}=${encode(asText(v).slice(0, 4000))}`]), junk.map((v) => [`${p.name}=${encode(asText(v).slice(0, 4000))}`]));
  const extras = fc.array(
    fc.constantFrom('__proto__[x]=1', 'constructor[prototype][x]=1', 'page=1&page=2', 'page[]=1', 'sort=-__proto__', 'prison[]=EXI', 'x=%00', 'page=9007199254740993', 'page=-1', 'pageSize=100000', 'from=2026-02-30', 'to=0000-00-00', 'search=%E2%80%AE'),
    { maxLength: 2 },
  );
  return fc.tuple(fc.tuple(...params.map(one)), extras).map(([parts, more]) =>
    // Under Node's 16 KB limit on the request head: past it the socket is dropped before any answer (Node's doing, not ours).
    [...parts.flat(), ...more].join('&').slice(0, 8000),
  );
}

describe('fuzzing every route in the OpenAPI document (real PostgreSQL)', () => {
  let t: TestApp;
  let callers: [string, TestClient][];
  let ids: PathIds;
  let operations: Operation[];
  let doc: OpenApi;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await signedIn(t, 'admin');
    // The staff routes' :userId is someone nobody here signs in as, so disabling them ends no session.
    await t.addStaff(admin, { username: 'trainer.exi', displayName: 'Exeter Trainer', password: 'a long and unusual passphrase', roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI' }] });
    callers = [
      ['admin', admin],
      ['coordinator', await signedIn(t, 'coordinator')],
    ];
    ids = await idsAtPrison(t, 'EXI', ['A1234BC']);
    doc = (await request(t.app.getHttpServer()).get('/api/docs-json').expect(200)).body;
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method as Operation['method'],
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      })),
    );
    fc.configureGlobal({ seed: SEED, numRuns: RUNS, endOnFailure: true });
  }, 60_000);
  afterAll(() => t.close());

  it('reads the operations from the OpenAPI document, every route in the contracts table among them', () => {
    const documented = new Set(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`));
    const routes = Object.values(API).map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('answers every generated request below 500, and writes nothing when it refuses one', async () => {
    let sent = 0;
    const byStatus = new Map<number, number>();
    let counts = await rowCounts(t, BOOKKEEPING);

    for (const op of operations) {
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      const queryParams = op.parameters.filter((p) => p.in === 'query');
      const signsInOrOut = op.path === '/api/auth/login' || op.path === '/api/auth/logout';
      const input = fc.record({
        path: fc.tuple(...pathParams.map((p) => pathValue(p.name, ids))),
        query: queryString(doc, queryParams, ids),
        body: op.body
          ? fc.oneof({ weight: 3, arbitrary: objectOf(doc, resolve(doc, op.body), ids, 0, true) }, { weight: 3, arbitrary: objectOf(doc, resolve(doc, op.body), ids) }, { weight: 1, arbitrary: junk })
          : fc.option(junk, { freq: 3 }),
      });

      for (const [who, signedInCaller] of callers) {
        await fc.assert(
          fc.asyncProperty(input, async ({ path, query, body }) => {
            // Signing in or out as the fuzzed callers would change who they are: those two go from a fresh client.
            const c = signsInOrOut ? await t.client() : signedInCaller;
            let url = op.path;
            pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encode(String(path[i])))));
            const json = body === undefined || body === null ? undefined : JSON.stringify(body);
            let req = c.agent[op.method](`${url}${query ? `?${query}` : ''}`).set('X-XSRF-TOKEN', c.xsrf);
            if (json !== undefined) req = req.set('Content-Type', 'application/json').send(json);
            const res = await req;
            sent++;
            byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
            const where = `${who} ${op.method.toUpperCase()} ${url}?${query.slice(0, 200)} body ${json?.slice(0, 300)}`;
            if (res.status >= 500) throw new Error(`${res.status} for ${where}: ${JSON.stringify(res.body)}`);

            const after = await rowCounts(t, BOOKKEEPING);
            if (res.status >= 400) {
              const written = Object.keys(after).filter((table) => after[table] !== counts[table]);
              if (written.length > 0) throw new Error(`${res.status} for ${where}, yet it wrote to ${written.join(', ')}`);
            }
            counts = after;
          }),
        );
      }
    }
    console.log(`route fuzz: ${sent} requests over ${operations.length} operations (seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort(([a], [b]) => a - b)))}`);
    expect(sent).toBe(operations.length * callers.length * RUNS);
  }, Math.max(170_000, RUNS * 30_000));
});
