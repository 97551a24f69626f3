import { Module } from '@nestjs/common';
import { CooperativeModule } from '../cooperative/cooperative.module';
import { PersonModule } from '../person/person.module';
import { NotificationModule } from '../notification/notification.module';
import { VentureModule } from '../venture/venture.module';
import { PersonTrainingResolver, TrainingResolver } from './training.resolver';
import { TrainingService } from './training.service';
import { AbsenceNotifier } from './absence-notifier';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { SessionParticipantResolver, SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { JourneySessionsResolver } from './journey-sessions.resolver';

@Module({
  imports: [PersonModule, CooperativeModule, VentureModule, NotificationModule],
  controllers: [CalendarController],
  providers: [
    SessionService,
    SessionResolver,
    SessionParticipantResolver,
    CalendarService,
    CalendarResolver,
    JourneySessionsResolver,
    TrainingService,
    AbsenceNotifier,
    TrainingResolver,
    PersonTrainingResolver,
  ],
  exports: [SessionService, TrainingService],
})
export class SessionModule {}
