import { Injectable } from '@nestjs/common';
import type { PrisonSummary } from '@peerpath/contracts';
import { DataSource } from 'typeorm';
import { PERMISSIONS } from '@peerpath/domain';
import { scopeFilter, type Actor } from '@peerpath/api/auth/actor';
import { notFound } from '@peerpath/api/platform/domain-error';

@Injectable()
export class PrisonsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The prisons within the actor's scope, filtered in SQL. */
  async listInScope(actor: Actor): Promise<PrisonSummary[]> {
    const scope = scopeFilter(actor, PERMISSIONS.readPrisons);
    return this.dataSource.query(
      `SELECT p.code, p.name, c.code AS "clusterCode", c.name AS "clusterName"
         FROM prisons p JOIN clusters c ON c.id = p.cluster_id
        WHERE $1 OR c.code = ANY($2) OR p.code = ANY($3)
        ORDER BY c.name, p.name`,
      [scope.national, scope.clusterCodes, scope.prisonCodes],
    );
  }

  async get(code: string): Promise<PrisonSummary> {
    const rows: PrisonSummary[] = await this.dataSource.query(
      `SELECT p.code, p.name, c.code AS "clusterCode", c.name AS "clusterName"
         FROM prisons p JOIN clusters c ON c.id = p.cluster_id WHERE p.code = $1`,
      [code.toUpperCase()],
    );
    if (!rows[0]) throw notFound('Prison');
    return rows[0];
  }
}
