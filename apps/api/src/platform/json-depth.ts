import type { NextFunction, Request, Response } from 'express';
import { DomainError } from './domain-error';

/** No form of ours nests anywhere near this; thousands of levels would overflow the validators' recursion. */
export const MAX_JSON_DEPTH = 32;

/** How deeply a parsed JSON value nests (a scalar is 0, `{}` is 1), stopping once past `limit`. Iterative: safe at any depth. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** Middleware after the JSON parser: a body nested too deeply is refused before anything walks it. */
export function refuseDeepJson(req: Request, _res: Response, next: NextFunction): void {
  if (jsonDepthExceeds(req.body, MAX_JSON_DEPTH)) {
    return next(new DomainError(400, 'JSON_TOO_DEEP', `The request body nests more than ${MAX_JSON_DEPTH} levels deep`));
  }
  next();
}
