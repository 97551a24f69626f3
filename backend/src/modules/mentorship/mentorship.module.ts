import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { CoachAssignmentResolver, CoachLoadResolver, CohortAssignmentResolver } from './cohort-assignment.resolver';
import { CohortAssignmentService } from './cohort-assignment.service';
import { MentorshipResolver } from './mentorship.resolver';
import { MentorshipService } from './mentorship.service';

@Module({
  imports: [PersonModule],
  providers: [
    MentorshipService,
    MentorshipResolver,
    CohortAssignmentService,
    CohortAssignmentResolver,
    CoachAssignmentResolver,
    CoachLoadResolver,
  ],
})
export class MentorshipModule {}
