import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccountModule } from './account/account.module';
import { AllocationModule } from './allocation/allocation.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AttentionModule } from './attention/attention.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BuddiesModule } from './buddies/buddies.module';
import { CertificationModule } from './certification/certification.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { ConcernsModule } from './concerns/concerns.module';
import { APP_CONFIG, type AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { reportingDatabaseProvider } from './database/reporting-pool';
import { HealthController } from './health/health.controller';
import { MeModule } from './me/me.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { ReportingDatabase } from './platform/reporting-database';
import { requestIdOf } from './platform/request-context';
import { OutcomesModule } from './outcomes/outcomes.module';
import { PrisonsModule } from './prisons/prisons.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { ProgressModule } from './progress/progress.module';
import { StaffModule } from './staff/staff.module';
import { SupervisionModule } from './supervision/supervision.module';

@Module({})
export class AppModule {
  /** Built from a validated config and a database URL, so tests can point it at their own database. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // The id the request was given at the door (the caller's, if sane); audit events carry it too.
            genReqId: requestIdOf,
            redact: ['req.headers.cookie', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/api/ping' || req.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AllocationModule,
        AssessmentsModule,
        AttentionModule,
        AuditModule,
        AuthModule,
        BuddiesModule,
        CertificationModule,
        CohortsModule,
        ConcernsModule,
        MeModule,
        MonitoringModule,
        OutcomesModule,
        PrisonsModule,
        ProgrammesModule,
        ProgressModule,
        StaffModule,
        AccountModule,
        SupervisionModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }, reportingDatabaseProvider],
      exports: [APP_CONFIG, ReportingDatabase],
    };
  }
}
