import { Module } from '@nestjs/common';
import { BuddiesModule } from '@peerpath/api/buddies/buddies.module';
import { SupervisionController } from './supervision.controller';
import { SupervisionService } from './supervision.service';

@Module({ imports: [BuddiesModule], controllers: [SupervisionController], providers: [SupervisionService], exports: [SupervisionService] })
export class SupervisionModule {}
