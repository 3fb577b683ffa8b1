import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CertificateVerification, CertificateView, EligibilityView, RenewalView } from '@peerpath/contracts';
import type { Request, Response } from 'express';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Public, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BuddyIdParams } from '@peerpath/api/buddies/dto/buddy.dto';
import { APP_CONFIG, type AppConfig } from '@peerpath/api/config/config';
import { RateLimiter } from '@peerpath/api/platform/rate-limiter';
import { certificatePdf } from './certificate-pdf';
import { CertificatesService } from './certificates.service';
import { CertificateIdParams, CertificateStatusDto, VerificationCodeParams } from './dto/certificate.dto';
import { RenewalsService } from './renewals.service';

/** Verification is public, so it is limited per address to stop anyone walking the codes. */
const VERIFY_LIMIT = { bucket: 'verify', limit: 30, windowSeconds: 60 };

@ApiTags('certification')
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly renewals: RenewalsService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('buddies/:buddyId/eligibility')
  eligibility(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<EligibilityView> {
    return this.certificates.eligibility(actor, params.buddyId);
  }

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('buddies/:buddyId/certificates')
  list(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<CertificateView[]> {
    return this.certificates.listForBuddy(actor, params.buddyId);
  }

  /** 201 with a new certificate; 200 with the same one when it already exists (idempotent). */
  @Access(PERMISSIONS.issueCertificates, Scope.filtered)
  @Post('buddies/:buddyId/certificates')
  async issue(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams, @Res({ passthrough: true }) res: Response): Promise<CertificateView> {
    const { certificate, created } = await this.certificates.issue(actor, params.buddyId);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return certificate;
  }

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('certificates/:certificateId')
  get(@CurrentActor() actor: Actor, @Param() params: CertificateIdParams): Promise<CertificateView> {
    return this.certificates.get(actor, params.certificateId);
  }

  /** The printable certificate, with a QR code to the public verification page. */
  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('certificates/:certificateId/pdf')
  async pdf(@CurrentActor() actor: Actor, @Param() params: CertificateIdParams): Promise<StreamableFile> {
    const certificate = await this.certificates.get(actor, params.certificateId);
    const pdf = await certificatePdf(certificate, `${this.config.publicUrl}${certificate.verificationPath}`);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${certificate.number}.pdf"`, length: pdf.length });
  }

  @Access(PERMISSIONS.issueCertificates, Scope.filtered)
  @Post('certificates/:certificateId/suspension')
  suspend(@CurrentActor() actor: Actor, @Param() params: CertificateIdParams, @Body() dto: CertificateStatusDto): Promise<CertificateView> {
    return this.certificates.changeStatus(actor, params.certificateId, 'suspend', dto.reason);
  }

  @Access(PERMISSIONS.issueCertificates, Scope.filtered)
  @Post('certificates/:certificateId/reinstatement')
  reinstate(@CurrentActor() actor: Actor, @Param() params: CertificateIdParams, @Body() dto: CertificateStatusDto): Promise<CertificateView> {
    return this.certificates.changeStatus(actor, params.certificateId, 'reinstate', dto.reason);
  }

  @Access(PERMISSIONS.issueCertificates, Scope.filtered)
  @Post('certificates/:certificateId/revocation')
  revoke(@CurrentActor() actor: Actor, @Param() params: CertificateIdParams, @Body() dto: CertificateStatusDto): Promise<CertificateView> {
    return this.certificates.changeStatus(actor, params.certificateId, 'revoke', dto.reason);
  }

  /** What renewing this certificate by refresher needs, and what is still missing. */
  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('certificates/:certificateId/renewal')
  renewal(@CurrentActor() actor: Actor, @Param() params: CertificateIdParams): Promise<RenewalView> {
    return this.renewals.readiness(actor, params.certificateId);
  }

  /** 201 with the renewed certificate; 200 with the same one when this certificate was already renewed (idempotent). */
  @Access(PERMISSIONS.issueCertificates, Scope.filtered)
  @Post('certificates/:certificateId/renewal')
  async renew(@CurrentActor() actor: Actor, @Param() params: CertificateIdParams, @Res({ passthrough: true }) res: Response): Promise<CertificateView> {
    const { certificate, created } = await this.renewals.renew(actor, params.certificateId);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return certificate;
  }

  @Public()
  @Get('verify/:code')
  async verify(@Param() params: VerificationCodeParams, @Req() req: Request): Promise<CertificateVerification> {
    await this.limiter.hit(VERIFY_LIMIT, req.ip ?? 'unknown');
    return this.certificates.verify(params.code);
  }
}
