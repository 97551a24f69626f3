import { Module } from '@nestjs/common';
import { CoachResolver } from './coach.resolver';
import { CoachService } from './coach.service';

@Module({ providers: [CoachService, CoachResolver] })
export class CoachModule {}
