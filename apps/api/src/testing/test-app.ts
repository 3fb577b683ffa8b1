import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { CreateStaffAccountRequest } from '@peerpath/contracts';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '@peerpath/api/app.module';
import { readConfig, type AppConfig } from '@peerpath/api/config/config';
import { createDataSource } from '@peerpath/api/database/data-source';
import { prepareDatabase } from '@peerpath/api/database/prepare-database';
import { createScratchDatabase, type ScratchDatabase } from '@peerpath/api/database/scratch-database';
import { seedDemo } from '@peerpath/api/demo/demo-seed';
import { configureApp } from '@peerpath/api/platform/configure-app';
import { XSRF_COOKIE } from '@peerpath/api/platform/csrf';
import { seedReferenceProgrammes } from '@peerpath/api/programmes/reference/seed-reference-programmes';

/** Each test file gets its own freshly migrated database on the test server (see jest.global-setup.mjs). */
export async function createTestDatabase(): Promise<ScratchDatabase> {
  const serverUrl = process.env['PEERPATH_TEST_SERVER_URL'];
  if (!serverUrl) throw new Error('PEERPATH_TEST_SERVER_URL is not set: run the tests through jest with the api jest config');
  return createScratchDatabase(serverUrl, 'peerpath_test', process.env['PEERPATH_TEST_OWNER_ROLE']);
}

/**
 * The test database as each of the two roles production uses (jest.global-setup.mjs makes them):
 * `owner` runs the migrations, `app` serves requests and owns nothing.
 */
export function roleUrls(databaseUrl: string): { owner: string; app: string } {
  const as = (role: string | undefined) => {
    if (!role) throw new Error('The test roles are not set: run the tests through jest with the api jest config');
    const url = new URL(databaseUrl);
    url.username = role;
    url.password = process.env['PEERPATH_TEST_ROLE_PASSWORD'] ?? '';
    return url.toString();
  };
  return { owner: as(process.env['PEERPATH_TEST_OWNER_ROLE']), app: as(process.env['PEERPATH_TEST_APP_ROLE']) };
}

export interface TestApp {
  app: NestExpressApplication;
  /** The app's own connection: the least-privileged role, as in production. */
  dataSource: DataSource;
  /** The owner's connection, for fixtures the app itself may not make (switching a trigger off). */
  owner: DataSource;
  config: AppConfig;
  /** A browser-like client: keeps cookies and sends the XSRF token back, as Angular does. */
  client(): Promise<TestClient>;
  /**
   * An admin adds a staff account through the API, and the newcomer is taken as having already
   * replaced the temporary password (staff.integration.spec walks that first sign-in), so they
   * sign in with `account.password` and reach their routes.
   */
  addStaff(admin: TestClient, account: CreateStaffAccountRequest): Promise<void>;
  close(): Promise<void>;
}

export interface TestClient {
  agent: TestAgent;
  /** The XSRF token the client holds now (it changes at sign-in and sign-out). */
  readonly xsrf: string;
  signIn(username: string, password?: string): request.Test;
  post(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
}

export const DEMO_PASSWORD = 'peerpath-demo-2026';

/**
 * `demoHistory`: also seed the demo's year of history at the other prisons (demo-history.ts).
 * `appDatabaseUrl`: where the app itself connects, given the test database's URL (e.g. through a proxy that can fail).
 * `reportingDatabaseUrl`: REPORTING_DATABASE_URL, given the app's own URL (a second pool on it, or a stand-in replica).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { demoHistory?: boolean; appDatabaseUrl?: (url: string) => string; reportingDatabaseUrl?: (appUrl: string) => string } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const urls = roleUrls(database.url);
  const reporting = options.reportingDatabaseUrl ? { REPORTING_DATABASE_URL: options.reportingDatabaseUrl(urls.app), DATABASE_URL: urls.app } : {};
  const config = readConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env['TEST_LOGS'] ? 'info' : 'silent', SIGN_IN_DELAY_MS: '0', WEB_DIST: '/nonexistent', ...reporting, ...env });
  await prepareDatabase(urls.owner, urls.app);
  const owner = await createDataSource(urls.owner).initialize();
  await seedReferenceProgrammes(owner);
  await seedDemo(owner, { history: options.demoHistory ?? false });

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.appDatabaseUrl?.(urls.app) ?? urls.app), { bodyParser: false, logger: process.env['TEST_LOGS'] ? undefined : false });
  configureApp(app, config);
  await app.init();
  const server = app.getHttpServer();

  return {
    app,
    config,
    dataSource: app.get(DataSource),
    owner,
    async client() {
      const agent = request.agent(server);
      await agent.get('/api/ping');
      // The token changes at sign-in and sign-out, so it is read from the cookie jar for every request, as Angular does.
      const xsrfNow = () => {
        const cookie = agent.jar.getCookie(XSRF_COOKIE, { domain: '127.0.0.1', path: '/', secure: false, script: false });
        return cookie ? decodeURIComponent(cookie.value) : '';
      };
      const post = (url: string, body?: object) => agent.post(url).set('X-XSRF-TOKEN', xsrfNow()).send(body);
      return {
        agent,
        get xsrf() {
          return xsrfNow();
        },
        post,
        put: (url: string, body?: object) => agent.put(url).set('X-XSRF-TOKEN', xsrfNow()).send(body),
        signIn: (username: string, password = DEMO_PASSWORD) => post('/api/auth/login', { username, password }),
      };
    },
    async addStaff(admin, account) {
      await admin.post('/api/staff', account).expect(201);
      await app.get(DataSource).query(`UPDATE users SET must_change_password = false WHERE username = $1`, [account.username.toLowerCase()]);
    },
    async close() {
      await app.close();
      await owner.destroy();
      await database.drop();
    },
  };
}
