import { Module } from '@nestjs/common';
import { BuddiesController } from './buddies.controller';
import { BuddiesService } from './buddies.service';
import { MovesController } from './moves.controller';
import { MovesService } from './moves.service';

@Module({ controllers: [BuddiesController, MovesController], providers: [BuddiesService, MovesService], exports: [BuddiesService] })
export class BuddiesModule {}
