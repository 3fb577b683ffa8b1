import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthReport, InfoReport } from '@peerpath/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@peerpath/api/auth/access.decorator';
import { DATABASE_RETRY_AFTER_SECONDS } from '@peerpath/api/platform/database-unavailable';
import { APP_CONFIG, type AppConfig } from '@peerpath/api/config/config';

/** The HMPPS trio, open to load balancers and monitoring: deep health, ping, build info. */
@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('health')
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return { status: 'error', database: 'down' };
    }
  }

  /** Never touches the database, nor a session (see sessions.ts): the process is up. */
  @Public()
  @Get('ping')
  ping(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('info')
  info(): InfoReport {
    return { name: 'peerpath', version: this.config.version, gitSha: this.config.gitSha };
  }
}
