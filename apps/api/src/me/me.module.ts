import { Module } from '@nestjs/common';
import { ProgressModule } from '@peerpath/api/progress/progress.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({ imports: [ProgressModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
