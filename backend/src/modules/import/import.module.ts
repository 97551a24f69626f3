import { Module } from '@nestjs/common';
import { ImportController } from './import.controller';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

@Module({ controllers: [ImportController], providers: [ImportService, ImportResolver] })
export class ImportModule {}
