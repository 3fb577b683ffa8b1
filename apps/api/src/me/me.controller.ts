import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MySummary } from '@peerpath/contracts';
import { Access, Scope } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { MeService } from './me.service';

/** The buddy's own view: every route here answers only about the buddy signed in. */
@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Access(['buddy'], Scope.self)
  @Get('summary')
  summary(@CurrentActor() actor: Actor): Promise<MySummary> {
    return this.me.summary(actor);
  }
}
