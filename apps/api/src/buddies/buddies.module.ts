import { Module } from '@nestjs/common';
import { AuthModule } from '@peerpath/api/auth/auth.module';
import { BuddiesController } from './buddies.controller';
import { BuddyAccountService } from './buddy-account.service';
import { BuddiesService } from './buddies.service';
import { BulkSelectionController } from './bulk-selection.controller';
import { BulkSelectionService } from './bulk-selection.service';
import { MovesController } from './moves.controller';
import { MovesService } from './moves.service';

@Module({ imports: [AuthModule], controllers: [BuddiesController, MovesController, BulkSelectionController], providers: [BuddiesService, MovesService, BuddyAccountService, BulkSelectionService], exports: [BuddiesService] })
export class BuddiesModule {}
