import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { CooperativeMemberResolver, CooperativeResolver } from './cooperative.resolver';
import { CooperativeService } from './cooperative.service';

@Module({ imports: [PersonModule], providers: [CooperativeService, CooperativeResolver, CooperativeMemberResolver], exports: [CooperativeService] })
export class CooperativeModule {}
