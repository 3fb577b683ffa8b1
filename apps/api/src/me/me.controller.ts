import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MySummary } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { MeService } from './me.service';
import { summaryPdf } from './summary-pdf';

/** The buddy's own view: every route here answers only about the buddy signed in. */
@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Access(PERMISSIONS.seeOwnProgress, Scope.self)
  @Get('summary')
  summary(@CurrentActor() actor: Actor): Promise<MySummary> {
    return this.me.summary(actor);
  }

  /** The same, as one printable page. */
  @Access(PERMISSIONS.seeOwnProgress, Scope.self)
  @Get('summary.pdf')
  async summaryPdf(@CurrentActor() actor: Actor): Promise<StreamableFile> {
    const pdf = await summaryPdf(await this.me.summary(actor));
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: 'inline; filename="my-buddy-training.pdf"', length: pdf.length });
  }
}
