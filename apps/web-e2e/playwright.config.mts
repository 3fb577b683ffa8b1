import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';

// The e2e run starts the built product exactly as `npm start` does (API and web on one
// port, embedded PostgreSQL), on its own port and a fresh data folder.
const port = Number(process.env['E2E_PORT'] ?? 3300);
const baseURL = process.env['BASE_URL'] ?? `http://localhost:${port}`;
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// A second Peerpath whose sessions time out in seconds, for session-timeout.spec.ts only, so the
// warning and the end of a session can be watched without slowing every other test.
const timeoutPort = Number(process.env['E2E_TIMEOUT_PORT'] ?? port + 1);
const timeoutBaseURL = process.env['TIMEOUT_BASE_URL'] ?? `http://localhost:${timeoutPort}`;
const TIMEOUT_SPEC = /session-timeout\.spec\.ts/;

/** The built product as `npm start` runs it, on a fresh embedded database. */
function server(serverPort: number, pgPort: string, dataDir: string, env: Record<string, string> = {}) {
  return {
    command: `rm -rf ${dataDir} && node dist/apps/api/main.js`,
    cwd: workspaceRoot,
    url: `http://localhost:${serverPort}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
    env: {
      PORT: String(serverPort),
      DATABASE_URL: '',
      SEED_DEMO: 'true',
      PEERPATH_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: pgPort,
      LOG_LEVEL: 'warn',
      SIGN_IN_DELAY_MS: '0',
      ...env,
    },
  };
}

export default defineConfig({
  testDir: './src',
  outputDir: `${workspaceRoot}/dist/e2e/test-results`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 60_000,
  reporter: [['list'], ['html', { outputFolder: `${workspaceRoot}/dist/e2e/report`, open: 'never' }]],
  use: {
    baseURL,
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      // Without the networking flags Chromium floods a closed network with refused connections.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: TIMEOUT_SPEC, use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } },
    // Staff sessions of 40 seconds (warning 20 seconds before), kiosk sessions of 30 (also 20 before).
    { name: 'session-timeout', testMatch: TIMEOUT_SPEC, use: { browserName: 'chromium', viewport: { width: 1280, height: 900 }, baseURL: timeoutBaseURL } },
  ],
  webServer: process.env['BASE_URL']
    ? undefined
    : [
        server(port, process.env['E2E_PG_PORT'] ?? '5441', '.data/e2e-postgres'),
        server(timeoutPort, process.env['E2E_TIMEOUT_PG_PORT'] ?? String(Number(process.env['E2E_PG_PORT'] ?? 5441) + 1), '.data/e2e-timeout-postgres', {
          SESSION_IDLE_SECONDS: '40',
          KIOSK_IDLE_SECONDS: '30',
        }),
      ],
});
