import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';

/** Flattens nested class-validator errors into `{"roles.0.prisonCode": ["..."]}`. */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const entries = Object.entries(error.constraints);
      // A missing value fails every rule; "Enter your password" says all that helps.
      const missing = entries.filter(([rule]) => rule === 'isNotEmpty' || rule === 'isDefined');
      const messages = (missing.length ? missing : entries).map(([rule, message]) =>
        rule === 'whitelistValidation' ? `${path} is not an allowed field` : message,
      );
      result[path] = [...new Set(messages)];
    }
    if (error.children?.length) Object.assign(result, fieldErrorsOf(error.children, path));
  }
  return result;
}

function validationFailed(errors: ValidationError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'Check the details you entered',
    fieldErrors: fieldErrorsOf(errors),
  });
}

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

/**
 * Keys that name Object.prototype's members (constructor, toString, __proto__…) or "prototype".
 * class-transformer drops some and class-validator's whitelist overlooks others, so they were
 * silently ignored; no DTO has such a field, so they are refused like any other unknown field.
 */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Every prototype-named key in a parsed body or query, as field paths ("roles.0.constructor"). Iterative: the depth limit is elsewhere. */
export function prototypeKeysIn(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current !== 'object' || current === null) continue;
    for (const key of Object.keys(current)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) found.push(keyPath);
      else stack.push({ value: (current as Record<string, unknown>)[key], path: keyPath });
    }
  }
  return found.sort();
}

function refusePrototypeKeys(value: unknown): void {
  const keys = prototypeKeysIn(value);
  if (!keys.length) return;
  throw new BadRequestException({
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'Check the details you entered',
    fieldErrors: Object.fromEntries(keys.map((path) => [path, [`${path} is not an allowed field`]])),
  });
}

class PeerpathValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') refusePrototypeKeys(value);
    return super.transform(value, metadata);
  }
}

/** Every body, query and param is validated: unknown fields refused, types transformed. */
export function createValidationPipe(): ValidationPipe {
  return new PeerpathValidationPipe({
    ...OPTIONS,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: validationFailed,
  });
}

/** The same rules, for code that validates outside the pipe (e.g. before passport runs). */
export async function validateInto<T extends object>(type: ClassConstructor<T>, value: unknown): Promise<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BadRequestException({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'The request body must be a JSON object', fieldErrors: {} });
  }
  refusePrototypeKeys(value);
  const instance = plainToInstance(type, value);
  const errors = await validate(instance, OPTIONS);
  if (errors.length) throw validationFailed(errors);
  return instance;
}
