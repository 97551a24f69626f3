import { Module } from '@nestjs/common';
import { CooperativeModule } from '../cooperative/cooperative.module';
import { PersonModule } from '../person/person.module';
import { ProgramModule } from '../program/program.module';
import { JourneyResolver } from './journey.resolver';
import { CooperativeVenturesResolver, PersonVenturesResolver, VentureResolver } from './venture.resolver';
import { VentureService } from './venture.service';

@Module({
  imports: [PersonModule, CooperativeModule, ProgramModule],
  providers: [VentureService, VentureResolver, PersonVenturesResolver, CooperativeVenturesResolver, JourneyResolver],
  exports: [VentureService],
})
export class VentureModule {}
