import { HttpClient, HttpHeaders, httpResource, type HttpResourceOptions, type HttpResourceRef, type HttpResourceRequest } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API, IDEMPOTENT_ROUTES, type HttpMethod, type ParamNames, type PathParams, type RequestOf, type ResponseOf, type Route, urlOf } from '@peerpath/contracts';
import { firstValueFrom } from 'rxjs';

/*
 * The only way the web app reaches the API: a route from the contracts table (API.…) and what
 * that route needs. The table's types decide the params, the query or body, and the response,
 * and the API's route-coverage spec checks the table against Nest, so a renamed path or a
 * changed response breaks the build, not a page. Features wrap these in their own *.api.ts.
 */

type AnyRoute = Route<HttpMethod, string, unknown, unknown>;
type PathOf<R> = R extends Route<HttpMethod, infer P, unknown, unknown> ? P : never;

type ParamsArg<P extends string> = [ParamNames<P>] extends [never] ? { params?: undefined } : { params: PathParams<P> };
type RequestArg<R extends AnyRoute> = [RequestOf<R>] extends [void]
  ? { query?: undefined; body?: undefined }
  : R['method'] extends 'GET'
    ? { query: RequestOf<R> }
    : { body: RequestOf<R> };

/** What a call needs besides its route: the path's params, then the query (a GET) or the body. */
export type CallArgs<R extends AnyRoute> = ParamsArg<PathOf<R>> & RequestArg<R>;

/** Routes that need nothing may be called without arguments. */
type OptionalArgs<R extends AnyRoute> = object extends CallArgs<R> ? [args?: CallArgs<R>] : [args: CallArgs<R>];

type QueryValue = string | number | boolean;

/** A query object as HTTP params, leaving out what is not set. */
function queryParams(query: object): Record<string, QueryValue> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== null)) as Record<string, QueryValue>;
}

function requestOf(route: AnyRoute, args: object | undefined): HttpResourceRequest {
  const { params, query, body } = (args ?? {}) as { params?: Record<string, string>; query?: object; body?: unknown };
  return {
    url: urlOf(route, params ?? {}),
    method: route.method,
    ...(query ? { params: queryParams(query) } : {}),
    ...(body !== undefined ? { body } : {}),
  };
}

type LinkArgs<R> = [ParamNames<PathOf<R>>] extends [never] ? [] : [params: PathParams<PathOf<R>>];

/** The URL of a route with its params filled in: for a link (a PDF to download), or to recognise a request. */
export function linkTo<R extends AnyRoute>(route: R, ...[params]: LinkArgs<R>): string {
  return urlOf(route, params ?? {});
}

/**
 * A resource over one route. `args` is reactive; while it returns undefined nothing is asked
 * (the buddy has not loaded, no prison is chosen, …).
 */
export function apiResource<R extends AnyRoute>(
  route: R,
  args: () => CallArgs<R> | undefined,
  options: HttpResourceOptions<ResponseOf<R>, unknown> & { defaultValue: NoInfer<ResponseOf<R>> },
): HttpResourceRef<ResponseOf<R>>;
export function apiResource<R extends AnyRoute>(
  route: R,
  args: () => CallArgs<R> | undefined,
  options?: HttpResourceOptions<ResponseOf<R>, unknown>,
): HttpResourceRef<ResponseOf<R> | undefined>;
export function apiResource<R extends AnyRoute>(route: R, args: () => CallArgs<R> | undefined, options?: HttpResourceOptions<ResponseOf<R>, unknown>) {
  return httpResource<ResponseOf<R>>(() => {
    const given = args();
    return given ? requestOf(route, given) : undefined;
  }, options);
}

const IDEMPOTENT: ReadonlySet<AnyRoute> = new Set(IDEMPOTENT_ROUTES.map((name) => API[name]));

/** A random key; randomUUID needs a secure context, getRandomValues does not (a dev server over plain HTTP). */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One request over one route. It rejects with the HttpErrorResponse; pages show its ApiError.
 * A create route gets a fresh Idempotency-Key per call (one form submission): the key is fixed in
 * the request itself, so anything that resends that request (a retry operator) sends the same key
 * and the API records the submission once.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  send<R extends AnyRoute>(route: R, ...[args]: OptionalArgs<R>): Promise<ResponseOf<R>> {
    const request = requestOf(route, args);
    const headers = IDEMPOTENT.has(route) ? new HttpHeaders({ 'Idempotency-Key': newIdempotencyKey() }) : undefined;
    return firstValueFrom(this.http.request<ResponseOf<R>>(request.method ?? 'GET', request.url, { body: request.body, params: request.params, headers }));
  }
}
