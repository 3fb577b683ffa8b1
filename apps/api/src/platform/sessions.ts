import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@peerpath/api/config/config';

export const SESSION_COOKIE = 'peerpath.sid';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

/**
 * Sessions live in PostgreSQL (the "sessions" table from the migrations), so any API
 * process can serve any request and signing out, or revoking, takes effect everywhere.
 */
export function sessionMiddleware(config: AppConfig, dataSource: DataSource) {
  const PgStore = connectPgSimple(session);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: new PgStore({ pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: process.env['NODE_ENV'] === 'test' ? false : 15 * 60 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.production,
      maxAge: config.sessionIdleMinutes * 60 * 1000,
      path: '/',
    },
  });
}
