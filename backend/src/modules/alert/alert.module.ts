import { Module } from '@nestjs/common';
import { FollowUpModule } from '../follow-up/follow-up.module';
import { AlertResolver } from './alert.resolver';

@Module({ imports: [FollowUpModule], providers: [AlertResolver] })
export class AlertModule {}
