import { createServer, type Server, type Socket, connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/**
 * A TCP relay between the app and its PostgreSQL that can be cut and restored, so the app sees
 * what it sees in a real outage: open connections terminated, new ones refused.
 */
class UnreliableLink {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    if (this.server?.listening) return;
    this.server = createServer((inbound) => {
      const outbound = connect(this.target.port, this.target.host);
      for (const socket of [inbound, outbound]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      inbound.pipe(outbound).pipe(inbound);
    });
    await new Promise<void>((resolve) => (this.server as Server).listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async down(): Promise<void> {
    if (!this.server?.listening) return;
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

describe('when the database cannot be reached (real PostgreSQL behind a link we cut)', () => {
  let t: TestApp;
  let link: UnreliableLink;
  let signedInAdmin: TestClient;

  beforeAll(async () => {
    const server = new URL(process.env['PEERPATH_TEST_SERVER_URL'] as string);
    link = new UnreliableLink({ host: server.hostname, port: Number(server.port || 5432) });
    await link.up();
    t = await createTestApp({}, {
      appDatabaseUrl: (url) => {
        const viaLink = new URL(url);
        viaLink.hostname = '127.0.0.1';
        viaLink.port = String(link.port);
        return viaLink.toString();
      },
    });
    signedInAdmin = await t.client();
    await signedInAdmin.signIn('admin').expect(200);
  });
  afterAll(async () => {
    await link.up().catch(() => undefined);
    await t.close();
    await link.down();
  });

  it('answers 503 with Retry-After and a plain reason, keeps /api/ping up, and recovers by itself', async () => {
    await signedInAdmin.agent.get('/api/buddies').expect(200);
    const anonymous = await t.client();

    await link.down();

    // A signed-in person's request: the session cannot even be read.
    const list = await signedInAdmin.agent.get('/api/buddies');
    expect(list.status).toBe(503);
    expect(list.headers['retry-after']).toMatch(/^\d+$/);
    expect(list.body).toEqual({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/database.*try again/i) });

    // Signing in with no session yet: the failure happens inside the request instead.
    const signIn = await anonymous.signIn('admin');
    expect(signIn.status).toBe(503);
    expect(signIn.headers['retry-after']).toMatch(/^\d+$/);
    expect(signIn.body.code).toBe('DATABASE_UNAVAILABLE');

    // Health says what is wrong, cookie or not; ping needs no database at all.
    for (const client of [anonymous, signedInAdmin]) {
      const health = await client.agent.get('/api/health');
      expect(health.status).toBe(503);
      expect(health.headers['retry-after']).toMatch(/^\d+$/);
      expect(health.body).toEqual({ status: 'error', database: 'down' });
      expect((await client.agent.get('/api/ping').expect(200)).body).toEqual({ status: 'ok' });
    }

    await link.up();

    // No restart: the same session and the same app carry on.
    await signedInAdmin.agent.get('/api/buddies').expect(200);
    expect((await signedInAdmin.agent.get('/api/health').expect(200)).body).toEqual({ status: 'ok', database: 'up' });
    await (await t.client()).signIn('coordinator').expect(200);
  });
});
