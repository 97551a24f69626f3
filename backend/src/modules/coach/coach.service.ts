import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, In, IsNull } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { User } from '../auth/user.entity';
import { Province } from '../reference/province.entity';
import { Region } from '../reference/region.entity';
import { ValueChain } from '../value-chain/value-chain.entity';
import { CoachProfile } from './coach-profile.entity';
import { CoachProfileInput } from './dto/coach-profile.input';
import { minutesOf } from './working-hours';

@Injectable()
export class CoachService {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisation's active coaches (for assigning them); staff only. */
  coaches(actor: Actor): Promise<User[]> {
    if (actor.role === Role.ENTREPRENEUR) throw forbidden();
    return this.dataSource.getRepository(User).find({
      where: { organizationId: actor.organizationId, role: Role.COACH, disabledAt: IsNull() },
      order: { displayName: 'ASC' },
    });
  }

  /** The organisation's active programme leads (for choosing a programme's leads); admins and leads. */
  programLeads(actor: Actor): Promise<User[]> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.PROGRAM_LEAD) throw forbidden();
    return this.dataSource.getRepository(User).find({
      where: { organizationId: actor.organizationId, role: Role.PROGRAM_LEAD, disabledAt: IsNull() },
      order: { displayName: 'ASC' },
    });
  }

  /** An admin edits any coach's profile; a coach edits her own. */
  async saveProfile(actor: Actor, input: CoachProfileInput): Promise<CoachProfile> {
    if (actor.role !== Role.ADMIN && !(actor.role === Role.COACH && actor.userId === input.userId)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const coach = await m.findOneBy(User, { id: input.userId, organizationId: actor.organizationId, role: Role.COACH });
      if (!coach) throw notFound('coach');
      const regionCodes = input.regionCodes ? [...new Set(input.regionCodes)] : undefined;
      if (regionCodes?.length && (await m.countBy(Region, { code: In(regionCodes) })) !== regionCodes.length) {
        throw badInput('regionCodes', ErrorReason.INVALID_VALUE, 'Unknown region');
      }
      const existing = await m.findOneBy(CoachProfile, { userId: input.userId });
      let provinceCodes = input.provinceCodes ? [...new Set(input.provinceCodes)] : undefined;
      if (provinceCodes?.length) {
        const provinces = await m.findBy(Province, { code: In(provinceCodes) });
        if (provinces.length !== provinceCodes.length) throw badInput('provinceCodes', ErrorReason.INVALID_VALUE, 'Unknown province');
        const regionsChosen = new Set(regionCodes ?? existing?.regionCodes ?? []);
        if (provinces.some((p) => !regionsChosen.has(p.regionCode))) {
          throw badInput('provinceCodes', ErrorReason.INVALID_VALUE, 'A province is outside the chosen regions');
        }
      } else if (!provinceCodes && regionCodes && existing) {
        // Regions changed alone: provinces of the regions left out go with them.
        const kept = existing.provinceCodes.length ? await m.findBy(Province, { code: In(existing.provinceCodes) }) : [];
        provinceCodes = kept.filter((p) => regionCodes.includes(p.regionCode)).map((p) => p.code);
      }
      const valueChainIds = input.valueChainIds ? [...new Set(input.valueChainIds)] : undefined;
      if (valueChainIds?.length && (await m.countBy(ValueChain, { id: In(valueChainIds), organizationId: actor.organizationId })) !== valueChainIds.length) {
        throw badInput('valueChainIds', ErrorReason.INVALID_VALUE, 'Unknown value chain');
      }
      const values: Partial<CoachProfile> = {};
      if (input.expertise) values.expertise = [...new Set(input.expertise.map((e) => e.trim()).filter(Boolean))];
      if (input.languages) values.languages = [...new Set(input.languages.map((l) => l.trim().toLowerCase()).filter(Boolean))];
      if (regionCodes) values.regionCodes = regionCodes;
      if (provinceCodes) values.provinceCodes = provinceCodes;
      if (valueChainIds) values.valueChainIds = valueChainIds;
      if (input.weeklyCapacityHours !== undefined) values.weeklyCapacityHours = input.weeklyCapacityHours;
      if (input.external !== undefined) values.external = input.external;
      if (input.bio !== undefined) values.bio = input.bio?.trim() || null;
      if (input.workingHours !== undefined) {
        input.workingHours.forEach((w, i) => {
          if (minutesOf(w.end) <= minutesOf(w.start)) throw badInput(`workingHours.${i}.end`, ErrorReason.INVALID_VALUE, 'The end is before the start');
        });
        values.workingHours = input.workingHours.map((w) => ({ day: w.day, start: w.start, end: w.end }));
      }
      if (input.daysOff !== undefined) values.daysOff = [...new Set(input.daysOff)].sort();
      if (!existing) {
        await m.insert(CoachProfile, { ...values, userId: input.userId, organizationId: actor.organizationId });
      } else {
        if (input.version === undefined) throw conflict('This profile exists already; send the version you read');
        await m
          .createQueryBuilder()
          .update(CoachProfile)
          .set(values)
          .where('user_id = :id AND organization_id = :org AND version = :version', { id: input.userId, org: actor.organizationId, version: input.version })
          .execute()
          .then((r) => {
            if (r.affected !== 1) throw conflict('This profile was changed by someone else; reload it and try again');
          });
      }
      return m.findOneByOrFail(CoachProfile, { userId: input.userId });
    });
  }
}
