import { Module } from '@nestjs/common';
import { AuthModule } from '@peerpath/api/auth/auth.module';
import { AccountController } from './account.controller';
import { PasswordChangeService } from './password-change.service';

/** Kept apart from auth: changing a password is audited, and audit already depends on auth. */
@Module({ imports: [AuthModule], controllers: [AccountController], providers: [PasswordChangeService] })
export class AccountModule {}
