import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AttendanceRegister, BuddySummary, CohortDetail, CohortSummary, EligibleTrainer, EnrolmentView, Page, SessionView, UpcomingSession } from '@peerpath/contracts';
import { BuddySearchQueryDto } from '@peerpath/api/buddies/dto/buddy.dto';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { AttendanceService } from './attendance.service';
import { CohortsService } from './cohorts.service';
import { CohortIdParams, CohortListQueryDto, CreateCohortDto, EnrolDto, EnrolmentParams, PrisonQueryDto, SaveRegisterDto, ScheduleSessionDto, SessionParams, WithdrawDto } from './dto/cohort.dto';
import { EnrolmentsService } from './enrolments.service';
import { Idempotent } from '@peerpath/api/platform/idempotency';

/**
 * Cohorts, their sessions, enrolments and registers. Most routes are `filtered`: the
 * cohort's prison and the caller's part in it decide (CohortContextLoader), and a cohort
 * the caller cannot see is a 404.
 */
@ApiTags('cohorts')
@Controller('cohorts')
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
    private readonly attendance: AttendanceService,
  ) {}

  @Access(PERMISSIONS.readCohorts, Scope.filtered)
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: CohortListQueryDto): Promise<Page<CohortSummary>> {
    return this.cohorts.list(actor, query);
  }

  @Access(PERMISSIONS.createCohorts, Scope.prisonBody('prisonCode'))
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCohortDto): Promise<CohortDetail> {
    return this.cohorts.create(actor, dto);
  }

  @Access(PERMISSIONS.createCohorts, Scope.prisonQuery('prison'))
  @Get('eligible-trainers')
  eligibleTrainers(@CurrentActor() actor: Actor, @Query() query: PrisonQueryDto): Promise<EligibleTrainer[]> {
    return this.cohorts.eligibleTrainersFor(actor, query.prison);
  }

  /** The sessions the caller delivers from today to six days on: a trainer's week at a glance. */
  @Access(PERMISSIONS.runSessions, Scope.filtered)
  @Get('sessions/this-week')
  sessionsThisWeek(@CurrentActor() actor: Actor): Promise<UpcomingSession[]> {
    return this.cohorts.sessionsThisWeek(actor);
  }

  @Access(PERMISSIONS.readCohorts, Scope.filtered)
  @Get(':cohortId')
  get(@CurrentActor() actor: Actor, @Param() params: CohortIdParams): Promise<CohortDetail> {
    return this.cohorts.get(actor, params.cohortId);
  }

  @Access(PERMISSIONS.runSessions, Scope.filtered)
  @Post(':cohortId/sessions')
  scheduleSession(@CurrentActor() actor: Actor, @Param() params: CohortIdParams, @Body() dto: ScheduleSessionDto): Promise<SessionView> {
    return this.cohorts.scheduleSession(actor, params.cohortId, dto);
  }

  @Access(PERMISSIONS.enrol, Scope.filtered)
  @Post(':cohortId/enrolments')
  @Idempotent()
  enrol(@CurrentActor() actor: Actor, @Param() params: CohortIdParams, @Body() dto: EnrolDto): Promise<EnrolmentView> {
    return this.enrolments.enrol(actor, params.cohortId, dto);
  }

  /** The enrol picker's search: who could take a place on this cohort. */
  @Access(PERMISSIONS.enrol, Scope.filtered)
  @Get(':cohortId/enrolable-buddies')
  enrolable(@CurrentActor() actor: Actor, @Param() params: CohortIdParams, @Query() query: BuddySearchQueryDto): Promise<Page<BuddySummary>> {
    return this.enrolments.enrolable(actor, params.cohortId, query);
  }

  @Access(PERMISSIONS.enrol, Scope.filtered)
  @Post(':cohortId/enrolments/:enrolmentId/withdrawal')
  withdraw(@CurrentActor() actor: Actor, @Param() params: EnrolmentParams, @Body() dto: WithdrawDto): Promise<EnrolmentView> {
    return this.enrolments.withdraw(actor, params.cohortId, params.enrolmentId, dto);
  }

  @Access(PERMISSIONS.readCohorts, Scope.filtered)
  @Get(':cohortId/sessions/:sessionId/register')
  register(@CurrentActor() actor: Actor, @Param() params: SessionParams): Promise<AttendanceRegister> {
    return this.attendance.register(actor, params.cohortId, params.sessionId);
  }

  @Access(PERMISSIONS.runSessions, Scope.filtered)
  @Put(':cohortId/sessions/:sessionId/register')
  saveRegister(@CurrentActor() actor: Actor, @Param() params: SessionParams, @Body() dto: SaveRegisterDto): Promise<AttendanceRegister> {
    return this.attendance.save(actor, params.cohortId, params.sessionId, dto);
  }
}
