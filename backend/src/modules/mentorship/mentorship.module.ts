import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { MentorshipResolver } from './mentorship.resolver';
import { MentorshipService } from './mentorship.service';

@Module({ imports: [PersonModule], providers: [MentorshipService, MentorshipResolver] })
export class MentorshipModule {}
