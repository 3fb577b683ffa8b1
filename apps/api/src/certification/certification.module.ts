import { Module } from '@nestjs/common';
import { BuddiesModule } from '@peerpath/api/buddies/buddies.module';
import { RateLimiter } from '@peerpath/api/platform/rate-limiter';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

@Module({ imports: [BuddiesModule], controllers: [CertificatesController], providers: [CertificatesService, RateLimiter], exports: [CertificatesService] })
export class CertificationModule {}
