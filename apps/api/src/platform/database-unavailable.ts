/** How long a caller should wait before trying again when the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

// Socket-level failures reaching the server.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

// PostgreSQL's own "not now": shutting down, starting up, out of connections, connection exceptions (class 08).
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300', '53400']);

// node-postgres says these in words only, with no code.
const DRIVER_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /is not currently accepting connections/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/**
 * Whether an error means the database could not be reached (as opposed to a query it refused).
 * Such a failure is the service's, not the caller's, and passes on its own: 503, try again later.
 * Looks through TypeORM's QueryFailedError (driverError) and an AggregateError's parts.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, driverError, errors } = error as { code?: unknown; message?: unknown; driverError?: unknown; errors?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (driverError && isDatabaseUnavailable(driverError, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((part) => isDatabaseUnavailable(part, depth + 1));
}
