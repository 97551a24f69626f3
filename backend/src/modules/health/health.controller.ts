import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/allow.decorator';

/** 200 {"status":"ok"} once the database answers and no migration is pending; 503 otherwise. */
@Controller('health')
export class HealthController {
  private migrated = false;

  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @HttpCode(HttpStatus.OK)
  async health(@Res({ passthrough: true }) res: Response): Promise<{ status: string }> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      if (!this.migrated) this.migrated = !(await this.dataSource.showMigrations());
      if (!this.migrated) throw new Error('migrations pending');
      return { status: 'ok' };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      res.setHeader('Retry-After', '5');
      return { status: 'unavailable' };
    }
  }
}
