import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../notification/jobs.service';
import { PrivacyService } from './privacy.service';

/** Every night at 02:30 (Casablanca, once across app instances): the retention schedule is applied. */
@Injectable()
export class PrivacyJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly privacy: PrivacyService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('apply-retention', '30 2 * * *', () => this.privacy.runRetention());
  }
}
