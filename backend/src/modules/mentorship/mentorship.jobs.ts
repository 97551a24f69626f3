import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../notification/jobs.service';
import { MentorshipService } from './mentorship.service';

/** Every hour (on the pg-boss queue, once across app instances): unanswered mentor requests move on. */
@Injectable()
export class MentorshipJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly mentorships: MentorshipService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('expire-mentor-requests', '7 * * * *', () => this.mentorships.expireUnanswered());
  }
}
