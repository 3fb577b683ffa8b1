import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { readConfig, type AppConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { migrate } from '../database/migrate';
import { seedDemo } from '../demo/demo-seed';
import { configureApp } from '../platform/configure-app';
import { seedReferenceProgrammes } from '../programmes/reference/seed-reference-programmes';

/** Each test file gets its own freshly migrated database on the test server (see jest.global-setup.mjs). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env['PEERPATH_TEST_SERVER_URL'];
  if (!serverUrl) throw new Error('PEERPATH_TEST_SERVER_URL is not set: run the tests through jest with the api jest config');
  const name = `peerpath_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** A browser-like client: keeps cookies and sends the XSRF token back, as Angular does. */
  client(): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestClient {
  agent: TestAgent;
  xsrf: string;
  signIn(username: string, password?: string): request.Test;
  post(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
}

export const DEMO_PASSWORD = 'peerpath-demo-2026';

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = readConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env['TEST_LOGS'] ? 'info' : 'silent', SIGN_IN_DELAY_MS: '0', WEB_DIST: '/nonexistent', ...env });
  const migrator = await createDataSource(database.url).initialize();
  await migrate(migrator);
  await seedReferenceProgrammes(migrator);
  await seedDemo(migrator);
  await migrator.destroy();

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url), { bodyParser: false, logger: process.env['TEST_LOGS'] ? undefined : false });
  configureApp(app, config);
  await app.init();
  const server = app.getHttpServer();

  return {
    app,
    config,
    dataSource: app.get(DataSource),
    async client() {
      const agent = request.agent(server);
      const first = await agent.get('/api/ping');
      const cookie = [first.headers['set-cookie'] ?? []].flat().find((c: string) => c.startsWith('XSRF-TOKEN='));
      const xsrf = cookie ? decodeURIComponent(cookie.split(';')[0].slice('XSRF-TOKEN='.length)) : '';
      const post = (url: string, body?: object) => agent.post(url).set('X-XSRF-TOKEN', xsrf).send(body);
      return {
        agent,
        xsrf,
        post,
        put: (url: string, body?: object) => agent.put(url).set('X-XSRF-TOKEN', xsrf).send(body),
        signIn: (username: string, password = DEMO_PASSWORD) => post('/api/auth/login', { username, password }),
      };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
