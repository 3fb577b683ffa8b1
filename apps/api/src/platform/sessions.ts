import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session, { type SessionData } from 'express-session';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '@peerpath/api/config/config';
import { poolOf, prepared } from './prepared';

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
/** When the stored row said the session ends, as read (or written) by this request. */
const STORED_EXPIRE = Symbol('storedSessionExpire');
/** Carries the row's expiry from the store's read to the session object (internal field name). */
const STORED_EXPIRE_FIELD = '__storedExpire';

/**
 * How far the stored end may lag behind the true one before a request writes it: a minute, or a
 * tenth of the idle time when that is shorter (idle times set in seconds, for tests). So a session
 * in use is written at most once a minute, not on every request, and ends at most that early.
 */
export function touchThresholdMs(idleMs: number): number {
  return Math.min(60_000, Math.floor(idleMs / 10));
}

type Marked = Record<symbol, unknown>;

/** Every signed-in request reads its session first: prepared once per connection. */
const READ_SESSION = prepared('read_session', `SELECT sess, expire FROM sessions WHERE sid = $1 AND expire >= now()`);

/**
 * Sessions live in PostgreSQL (the "sessions" table from the migrations), so any API
 * process can serve any request and signing out, or revoking, takes effect everywhere.
 * A session ends when its row's `expire` passes: requests move it on by the session's
 * idle time (set per person at sign-in), except those that hold it (holdSessionExpiry), and
 * only once it has fallen behind by more than touchThresholdMs.
 */
export function sessionMiddleware(config: AppConfig, dataSource: DataSource) {
  const pool = poolOf(dataSource);
  const PgStore = connectPgSimple(session);
  class HoldingStore extends PgStore {
    /** As the library's read, but also the row's expiry, so a touch can tell whether it is needed. */
    override get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
      pool.query<{ sess: SessionData; expire: Date }>({ name: READ_SESSION.name, text: READ_SESSION.text, values: [sid] }).then(
        ({ rows }) => {
          if (!rows[0]) return callback(null, null);
          // A json column: pg hands back the parsed object.
          callback(null, { ...rows[0].sess, [STORED_EXPIRE_FIELD]: new Date(rows[0].expire).getTime() } as SessionData);
        },
        (err: unknown) => callback(err),
      );
    }

    override createSession(req: Request, data: SessionData): session.Session & SessionData {
      // Removed from the data itself: express-session hashes that object to tell if the session changed.
      const carried = data as SessionData & { [STORED_EXPIRE_FIELD]?: number };
      const storedExpire = carried[STORED_EXPIRE_FIELD];
      delete carried[STORED_EXPIRE_FIELD];
      const created = super.createSession(req, data);
      if (storedExpire !== undefined) remember(created, new Date(storedExpire));
      return created;
    }

    override set(sid: string, sess: SessionData, callback?: (err?: unknown) => void): void {
      super.set(sid, sess, (err?: unknown) => {
        if (!err) remember(sess, sess.cookie.expires);
        callback?.(err);
      });
    }

    override touch(sid: string, sess: SessionData, callback?: () => void): void {
      const marked = sess as unknown as Marked;
      const storedExpire = marked[STORED_EXPIRE] as number | undefined;
      const newExpire = sess.cookie.expires?.getTime();
      const idleMs = sess.cookie.originalMaxAge ?? config.sessionIdleSeconds * 1000;
      const recent = storedExpire !== undefined && newExpire !== undefined && newExpire - storedExpire < touchThresholdMs(idleMs);
      if (marked[HOLD_EXPIRY] || recent) {
        callback?.();
        return;
      }
      const done = callback as ((err?: unknown) => void) | undefined;
      super.touch(sid, sess, ((err?: unknown) => {
        if (!err) remember(sess, sess.cookie.expires);
        done?.(err);
      }) as () => void);
    }
  }
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

function remember(sess: SessionData, expires: Date | null | undefined): void {
  if (expires) Object.defineProperty(sess, STORED_EXPIRE, { value: expires.getTime(), writable: true, enumerable: false, configurable: true });
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
