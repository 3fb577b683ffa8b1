import { ConfigError, readConfig } from './config';

describe('readConfig: idle times', () => {
  it('defaults to an hour for staff and 10 minutes at the kiosk', () => {
    expect(readConfig({ NODE_ENV: 'test' })).toMatchObject({ sessionIdleSeconds: 3600, kioskIdleSeconds: 600 });
  });

  it('reads minutes, or seconds for a test configuration', () => {
    expect(readConfig({ NODE_ENV: 'test', SESSION_IDLE_MINUTES: '30', KIOSK_IDLE_MINUTES: '5' })).toMatchObject({ sessionIdleSeconds: 1800, kioskIdleSeconds: 300 });
    expect(readConfig({ NODE_ENV: 'test', SESSION_IDLE_SECONDS: '45', KIOSK_IDLE_SECONDS: '30' })).toMatchObject({ sessionIdleSeconds: 45, kioskIdleSeconds: 30 });
  });

  it.each([
    [{ SESSION_IDLE_MINUTES: '60', SESSION_IDLE_SECONDS: '60' }, 'Set SESSION_IDLE_MINUTES or SESSION_IDLE_SECONDS, not both'],
    [{ KIOSK_IDLE_SECONDS: '10' }, 'KIOSK_IDLE_SECONDS must be a whole number of at least 25 (got "10")'],
    [{ KIOSK_IDLE_MINUTES: '0' }, 'KIOSK_IDLE_MINUTES must be a whole number of at least 1 (got "0")'],
    [{ SESSION_IDLE_MINUTES: '1.5' }, 'SESSION_IDLE_MINUTES must be a whole number of at least 1 (got "1.5")'],
  ])('refuses %j', (env, message) => {
    expect(() => readConfig({ NODE_ENV: 'test', ...env })).toThrow(new ConfigError(message));
  });
});

describe('readConfig: database roles', () => {
  it('migrates as MIGRATION_DATABASE_URL and serves requests as DATABASE_URL', () => {
    expect(readConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://app@db/p', MIGRATION_DATABASE_URL: 'postgres://owner@db/p' })).toMatchObject({
      databaseUrl: 'postgres://app@db/p',
      migrationDatabaseUrl: 'postgres://owner@db/p',
    });
    expect(readConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://app@db/p' }).migrationDatabaseUrl).toBeUndefined();
  });

  it('refuses an owner without the app (the embedded database makes its own roles)', () => {
    expect(() => readConfig({ NODE_ENV: 'test', MIGRATION_DATABASE_URL: 'postgres://owner@db/p' })).toThrow(ConfigError);
  });
});

describe('readConfig: the reporting connection', () => {
  it('reads REPORTING_DATABASE_URL beside DATABASE_URL, and leaves it unset (reports use the main connection) otherwise', () => {
    expect(readConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://app@db/p', REPORTING_DATABASE_URL: 'postgres://app@replica/p' }).reportingDatabaseUrl).toBe('postgres://app@replica/p');
    expect(readConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://app@db/p' }).reportingDatabaseUrl).toBeUndefined();
  });

  it('refuses a replica of the embedded database', () => {
    expect(() => readConfig({ NODE_ENV: 'test', REPORTING_DATABASE_URL: 'postgres://app@replica/p' })).toThrow('REPORTING_DATABASE_URL is set without DATABASE_URL');
  });
});
