import { Module } from '@nestjs/common';
import { CertificationModule } from '@peerpath/api/certification/certification.module';
import { ConcernsController } from './concerns.controller';
import { ConcernsService } from './concerns.service';

@Module({ imports: [CertificationModule], controllers: [ConcernsController], providers: [ConcernsService] })
export class ConcernsModule {}
