import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { RateLimiter } from '@peerpath/api/platform/rate-limiter';
import { AccessGuard } from './access.guard';
import { ActorsService } from './actors.service';
import { AuthController } from './auth.controller';
import { LocalStrategy } from './local.strategy';
import { PasswordsService } from './passwords.service';
import { SignInService } from './sign-in.service';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [ActorsService, PasswordsService, RateLimiter, SignInService, LocalStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [ActorsService, PasswordsService],
})
export class AuthModule {}
