import { Module } from '@nestjs/common';
import { AuthModule } from '@peerpath/api/auth/auth.module';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

@Module({ imports: [AuthModule], controllers: [StaffController], providers: [StaffService] })
export class StaffModule {}
