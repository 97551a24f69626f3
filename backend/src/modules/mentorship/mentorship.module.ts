import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { PersonModule } from '../person/person.module';
import { MentorshipJobs } from './mentorship.jobs';
import { CoachAssignmentResolver, CoachLoadResolver, CohortAssignmentResolver } from './cohort-assignment.resolver';
import { CohortAssignmentService } from './cohort-assignment.service';
import { MentorshipResolver } from './mentorship.resolver';
import { MentorshipService } from './mentorship.service';

@Module({
  imports: [PersonModule, NotificationModule],
  providers: [
    MentorshipService,
    MentorshipResolver,
    CohortAssignmentService,
    CohortAssignmentResolver,
    CoachAssignmentResolver,
    CoachLoadResolver,
    MentorshipJobs,
  ],
})
export class MentorshipModule {}
