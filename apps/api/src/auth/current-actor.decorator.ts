import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from './actor';

/** The actor the access guard loaded for this request. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
