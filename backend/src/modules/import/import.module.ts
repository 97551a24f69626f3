import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { ExportController } from './export.controller';
import { ImportController } from './import.controller';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

@Module({ imports: [PersonModule], controllers: [ImportController, ExportController], providers: [ImportService, ImportResolver] })
export class ImportModule {}
