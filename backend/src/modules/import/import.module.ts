import { Module } from '@nestjs/common';
import { CooperativeModule } from '../cooperative/cooperative.module';
import { PersonModule } from '../person/person.module';
import { SessionModule } from '../session/session.module';
import { VentureModule } from '../venture/venture.module';
import { ExportController } from './export.controller';
import { ImportController } from './import.controller';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

@Module({
  imports: [PersonModule, CooperativeModule, VentureModule, SessionModule],
  controllers: [ImportController, ExportController],
  providers: [ImportService, ImportResolver],
})
export class ImportModule {}
