import { Module } from '@nestjs/common';
import { ProgramResolver } from './program.resolver';
import { ProgramService } from './program.service';

@Module({ providers: [ProgramService, ProgramResolver], exports: [ProgramService] })
export class ProgramModule {}
