import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';

// The e2e run starts the built product exactly as `npm start` does (API and web on one
// port, embedded PostgreSQL), on its own port and a fresh data folder.
const port = Number(process.env['E2E_PORT'] ?? 3300);
const baseURL = process.env['BASE_URL'] ?? `http://localhost:${port}`;
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

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
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } }],
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: `rm -rf .data/e2e-postgres && node dist/apps/api/main.js`,
        cwd: workspaceRoot,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'pipe',
        env: {
          PORT: String(port),
          DATABASE_URL: '',
          SEED_DEMO: 'true',
          PEERPATH_DATA_DIR: '.data/e2e-postgres',
          EMBEDDED_PG_PORT: process.env['E2E_PG_PORT'] ?? '5441',
          LOG_LEVEL: 'warn',
          SIGN_IN_DELAY_MS: '0',
        },
      },
});
