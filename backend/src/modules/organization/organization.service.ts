import { Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE, ErrorReason, isTimeZone } from '@rafiq/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, conflict, notFound } from '../../common/errors';
import { OrganizationSettingsInput } from './dto/organization-settings.input';
import { Organization } from './organization.entity';

/** The organisation's settings (its time zone), edited by its admins. */
@Injectable()
export class OrganizationService {
  constructor(private readonly dataSource: DataSource) {}

  /** The time zone sessions of this organisation are read in. */
  async timeZoneOf(organizationId: string, m: EntityManager = this.dataSource.manager): Promise<string> {
    const rows: Array<{ time_zone: string }> = await m.query(`SELECT time_zone FROM organization WHERE id = $1`, [organizationId]);
    return rows[0]?.time_zone ?? DEFAULT_TIME_ZONE;
  }

  async updateSettings(actor: Actor, input: OrganizationSettingsInput): Promise<Organization> {
    if (!isTimeZone(input.timeZone)) throw badInput('timeZone', ErrorReason.INVALID_VALUE, 'Not a known time zone');
    return this.dataSource.transaction(async (m) => {
      const { affected } = await m
        .createQueryBuilder()
        .update(Organization)
        .set({ timeZone: input.timeZone, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: actor.organizationId, version: input.version })
        .execute();
      const org = await m.findOneBy(Organization, { id: actor.organizationId });
      if (!org) throw notFound('organization');
      if (!affected) throw conflict('The settings were changed by someone else; reload them and try again');
      return org;
    });
  }
}
