import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { SignInService } from './sign-in.service';

/** passport-local: username and password from the JSON body, checked by SignInService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly signIn: SignInService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true, session: false });
  }

  async validate(req: Request, username: string, password: string): Promise<{ id: string }> {
    const id = await this.signIn.verify(username, password, req.ip ?? 'unknown');
    return { id };
  }
}
