import { Global, Module } from '@nestjs/common';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

/** Global: sessions, availability, reminders and calendar feeds read the organisation's time zone. */
@Global()
@Module({ providers: [OrganizationResolver, OrganizationService], exports: [OrganizationService] })
export class OrganizationModule {}
