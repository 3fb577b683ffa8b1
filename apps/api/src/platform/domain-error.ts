import { HttpStatus } from '@nestjs/common';
import type { PersonRefusal, RuleReason } from '@peerpath/contracts';
import { closedRecordRefusal } from '@peerpath/domain';

/**
 * A refusal the user can act on. Services throw these; the exception filter turns
 * them into `{statusCode, code, message, fieldErrors}`.
 */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
    readonly reasons?: RuleReason[],
    readonly people?: PersonRefusal[],
  ) {
    super(message);
  }
}

/** A rule said no: 409 with every reason, so the person can fix them all at once. */
export const refusedByRule = (code: string, message: string, reasons: RuleReason[]) =>
  new DomainError(HttpStatus.CONFLICT, code, message, undefined, undefined, reasons);

/**
 * A bulk action refused for some of the people in it: 409 naming each, with every reason.
 * Only those refused are listed; nothing was saved for anyone.
 */
export const refusedForPeople = (code: string, message: string, people: PersonRefusal[]) =>
  new DomainError(HttpStatus.CONFLICT, code, message, undefined, undefined, undefined, people);

export const notFound = (what: string) => new DomainError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `${what} not found`);
export const conflict = (code: string, message: string, fieldErrors?: Record<string, string[]>) =>
  new DomainError(HttpStatus.CONFLICT, code, message, fieldErrors);
export const invalid = (fieldErrors: Record<string, string[]>, message = 'Check the details you entered') =>
  new DomainError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, fieldErrors);

/** A change a released buddy's closed record does not allow (closedRecordAllows). */
export const recordClosed = (prisonNumber: string, releasedOn: string) => conflict('RECORD_CLOSED', closedRecordRefusal(prisonNumber, releasedOn));
