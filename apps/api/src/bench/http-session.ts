/** A minimal signed-in HTTP client for benchmarks: keeps cookies and echoes XSRF, as the web app does. */
export class HttpSession {
  private constructor(
    private readonly baseUrl: string,
    private cookies: Map<string, string>,
  ) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<HttpSession> {
    const session = new HttpSession(baseUrl, new Map());
    await session.request('GET', '/api/ping');
    await session.request('POST', '/api/auth/login', { username, password });
    return session;
  }

  /** A client before sign-in: it holds the visitor cookie and the XSRF token bound to it. */
  static async visitor(baseUrl: string): Promise<HttpSession> {
    const session = new HttpSession(baseUrl, new Map());
    await session.request('GET', '/api/ping');
    return session;
  }

  /** The headers a load generator sends for this session: its cookies and its XSRF token. */
  headers(): Record<string, string> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf) headers['x-xsrf-token'] = decodeURIComponent(xsrf);
    return headers;
  }

  get<T = never>(path: string): Promise<T> {
    return this.request('GET', path) as Promise<T>;
  }

  async request(method: string, path: string, body?: unknown): Promise<unknown> {
    const headers = this.headers();
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }
}
