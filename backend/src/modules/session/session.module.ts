import { Module } from '@nestjs/common';
import { CooperativeModule } from '../cooperative/cooperative.module';
import { PersonModule } from '../person/person.module';
import { VentureModule } from '../venture/venture.module';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { SessionParticipantResolver, SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { JourneySessionsResolver } from './journey-sessions.resolver';

@Module({
  imports: [PersonModule, CooperativeModule, VentureModule],
  controllers: [CalendarController],
  providers: [SessionService, SessionResolver, SessionParticipantResolver, CalendarService, CalendarResolver, JourneySessionsResolver],
  exports: [SessionService],
})
export class SessionModule {}
