import { Module } from '@nestjs/common';
import { BuddiesModule } from '@peerpath/api/buddies/buddies.module';
import { RateLimiter } from '@peerpath/api/platform/rate-limiter';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { RenewalsService } from './renewals.service';

@Module({ imports: [BuddiesModule], controllers: [CertificatesController], providers: [CertificatesService, RenewalsService, RateLimiter], exports: [CertificatesService] })
export class CertificationModule {}
