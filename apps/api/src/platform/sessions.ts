import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session, { type SessionData } from 'express-session';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '@peerpath/api/config/config';

export const SESSION_COOKIE = 'peerpath.sid';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

/**
 * Routes that never need a session, paths relative to /api: the load balancer's probes and build
 * info. Loading a session would make them depend on the database (ping must not; health reports it).
 */
const SESSIONLESS_PATHS = new Set(['/ping', '/health', '/info']);

/** The session middleware, except on the sessionless routes. Mount under /api. */
export function unlessSessionless(middleware: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => (req.method === 'GET' || req.method === 'HEAD') && SESSIONLESS_PATHS.has(req.path) ? next() : middleware(req, res, next);
}

/** Marks a request's session as one whose expiry this request must not move. */
const HOLD_EXPIRY = Symbol('holdSessionExpiry');

/**
 * Sessions live in PostgreSQL (the "sessions" table from the migrations), so any API
 * process can serve any request and signing out, or revoking, takes effect everywhere.
 * A session ends when its row's `expire` passes: every request moves it on by the session's
 * idle time (set per person at sign-in), except those that hold it (holdSessionExpiry).
 */
export function sessionMiddleware(config: AppConfig, dataSource: DataSource) {
  const PgStore = connectPgSimple(session);
  class HoldingStore extends PgStore {
    override touch(sid: string, sess: SessionData, callback?: () => void): void {
      if ((sess as unknown as Record<symbol, unknown>)[HOLD_EXPIRY]) {
        callback?.();
        return;
      }
      super.touch(sid, sess, callback);
    }
  }
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: new HoldingStore({ pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: process.env['NODE_ENV'] === 'test' ? false : 15 * 60 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.production,
      maxAge: config.sessionIdleSeconds * 1000,
      path: '/',
    },
  });
}

/**
 * This request leaves the session's end where it was: for the timeout warning asking how long
 * is left, which must not keep an idle session alive for ever. The browser's cookie may still be
 * renewed; the stored row decides.
 */
export function holdSessionExpiry(req: Request): void {
  if (req.session) Object.defineProperty(req.session, HOLD_EXPIRY, { value: true, enumerable: false });
}

/** When the stored session ends, by the database's clock, or null when there is none. */
export async function storedSessionEnd(manager: DataSource | EntityManager, sessionId: string): Promise<{ expiresAt: Date; secondsLeft: number } | null> {
  const rows: { expire: Date; seconds_left: number }[] = await manager.query(
    `SELECT expire, greatest(0, extract(epoch FROM expire - now()))::float8 AS seconds_left FROM sessions WHERE sid = $1 AND expire >= now()`,
    [sessionId],
  );
  return rows[0] ? { expiresAt: new Date(rows[0].expire), secondsLeft: rows[0].seconds_left } : null;
}
