import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { ProgramModule } from '../program/program.module';
import { EnrolmentResolver } from './enrolment.resolver';
import { EnrolmentService } from './enrolment.service';

@Module({ imports: [PersonModule, ProgramModule], providers: [EnrolmentService, EnrolmentResolver] })
export class EnrolmentModule {}
