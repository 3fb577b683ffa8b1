import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { validateInto } from '@peerpath/api/platform/validation';
import { SignInDto } from './dto/sign-in.dto';

/**
 * Guards run before pipes, so the body is validated here first: a missing field
 * is a 400 with field errors, not a bare 401 from passport.
 */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    req.body = await validateInto(SignInDto, req.body);
    return (await super.canActivate(context)) as boolean;
  }
}
