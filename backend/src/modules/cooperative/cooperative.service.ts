import { Injectable } from '@nestjs/common';
import { ErrorReason, normalizeName, Role, searchTokens } from '@rafiq/shared';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, forbidden, notFound } from '../../common/errors';
import { isDay } from '../../common/day';
import { ConnectionShape, PageArgs, paginate } from '../../common/pagination';
import { updateVersioned } from '../../common/versioned-update';
import { PersonService } from '../person/person.service';
import { Province } from '../reference/province.entity';
import { Region } from '../reference/region.entity';
import { ValueChain } from '../value-chain/value-chain.entity';
import { CooperativeMember } from './cooperative-member.entity';
import { applyCooperativeVisibility } from './cooperative.access';
import { Cooperative } from './cooperative.entity';
import { LegalForm, MemberRole } from './cooperative.enums';
import { AddMemberInput, CooperativeFilter, CreateCooperativeInput, MemberInput, UpdateCooperativeInput } from './dto/cooperative.inputs';

const MANAGERS = [Role.ADMIN, Role.PROGRAM_LEAD];

@Injectable()
export class CooperativeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
  ) {}

  private visible(actor: Actor, m: EntityManager = this.dataSource.manager) {
    return applyCooperativeVisibility(m.createQueryBuilder(Cooperative, 'c'), actor, 'c');
  }

  list(actor: Actor, page: PageArgs, filter: CooperativeFilter, withCount: boolean): Promise<ConnectionShape<Cooperative>> {
    const qb = this.visible(actor);
    if (!filter.includeArchived) qb.andWhere('c.archived_at IS NULL');
    if (filter.regionCode) qb.andWhere('c.region_code = :region', { region: filter.regionCode });
    if (filter.valueChainId) qb.andWhere('c.value_chain_id = :vc', { vc: filter.valueChainId });
    if (filter.legalForm) qb.andWhere('c.legal_form = :lf', { lf: filter.legalForm });
    searchTokens(filter.search ?? '').forEach((token, i) => {
      qb.andWhere(`(c.search_name LIKE :ctok${i} OR :craw${i} <% c.search_name)`, {
        [`ctok${i}`]: `%${token.replace(/[\\%_]/g, '\\$&')}%`,
        [`craw${i}`]: token,
      });
    });
    return paginate(qb, page, { expression: 'c.search_name', direction: 'ASC' }, { withCount, sortValue: (c) => c.searchName });
  }

  async get(actor: Actor, id: string, m?: EntityManager): Promise<Cooperative> {
    const coop = await this.visible(actor, m).andWhere('c.id = :id', { id }).getOne();
    if (!coop) throw notFound('cooperative');
    return coop;
  }

  async create(actor: Actor, input: CreateCooperativeInput): Promise<Cooperative> {
    if (!MANAGERS.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const values = await this.prepare(m, actor, input, null);
      const coop = m.create(Cooperative, { ...values, organizationId: actor.organizationId, archivedAt: null } as Partial<Cooperative>);
      await m.insert(Cooperative, coop);
      const seen = new Set<string>();
      for (const member of input.members ?? []) {
        if (seen.has(member.personId)) throw badInput('members', ErrorReason.DUPLICATE, 'A person is listed twice');
        seen.add(member.personId);
        await this.insertMember(m, actor, coop.id, member);
      }
      return this.get(actor, coop.id, m);
    });
  }

  async update(actor: Actor, input: UpdateCooperativeInput): Promise<Cooperative> {
    if (!MANAGERS.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const current = await this.get(actor, input.id, m);
      const { id, version, ...fields } = input;
      const values = await this.prepare(m, actor, fields, current);
      await updateVersioned(m, Cooperative, actor, { id, version }, values, 'cooperative');
      return this.get(actor, id, m);
    });
  }

  async archive(actor: Actor, id: string, version: number): Promise<Cooperative> {
    if (!MANAGERS.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      await this.get(actor, id, m);
      await updateVersioned(m, Cooperative, actor, { id, version }, { archivedAt: new Date() }, 'cooperative');
      return this.get(actor, id, m);
    });
  }

  async addMember(actor: Actor, input: AddMemberInput): Promise<CooperativeMember> {
    if (!MANAGERS.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      await this.get(actor, input.cooperativeId, m);
      return this.insertMember(m, actor, input.cooperativeId, input);
    });
  }

  /** Ends a membership (kept in the history with its end date). */
  async endMember(actor: Actor, memberId: string, until: string | undefined): Promise<CooperativeMember> {
    if (!MANAGERS.includes(actor.role)) throw forbidden();
    if (until != null && !isDay(until)) throw badInput('until', ErrorReason.INVALID_VALUE, 'Give the end date as YYYY-MM-DD');
    return this.dataSource.transaction(async (m) => {
      const member = await m.findOneBy(CooperativeMember, { id: memberId, organizationId: actor.organizationId, until: IsNull() });
      if (!member) throw notFound('membership');
      await this.get(actor, member.cooperativeId, m);
      member.until = until ?? new Date().toISOString().slice(0, 10);
      if (member.since && member.until < member.since) throw badInput('until', ErrorReason.INVALID_VALUE, 'The end is before the start');
      return m.save(member);
    });
  }

  private async insertMember(m: EntityManager, actor: Actor, cooperativeId: string, input: MemberInput): Promise<CooperativeMember> {
    await this.people.get(actor, input.personId, m);
    if (await m.existsBy(CooperativeMember, { cooperativeId, personId: input.personId, until: IsNull() })) {
      throw badInput('personId', ErrorReason.DUPLICATE, 'She is already a member');
    }
    const member = m.create(CooperativeMember, {
      organizationId: actor.organizationId,
      cooperativeId,
      personId: input.personId,
      role: input.role ?? MemberRole.MEMBER,
      since: input.since ?? null,
      until: null,
    });
    return m.save(member);
  }

  private async prepare(m: EntityManager, actor: Actor, input: Partial<CreateCooperativeInput>, current: Cooperative | null): Promise<Partial<Cooperative>> {
    const values: Partial<Cooperative> = {};
    if (input.name !== undefined) values.name = input.name.trim();
    if (input.nameAr !== undefined) values.nameAr = input.nameAr?.trim() || null;
    if (input.legalForm !== undefined) values.legalForm = input.legalForm ?? LegalForm.COOPERATIVE;
    if (input.createdOn !== undefined) {
      if (input.createdOn && input.createdOn > new Date().toISOString().slice(0, 10)) throw badInput('createdOn', ErrorReason.INVALID_VALUE, 'The creation date is in the future');
      values.createdOn = input.createdOn || null;
    }
    if (input.commune !== undefined) values.commune = input.commune?.trim() || null;
    if (input.regionCode !== undefined) {
      if (!(await m.existsBy(Region, { code: input.regionCode }))) throw badInput('regionCode', ErrorReason.INVALID_VALUE, 'Unknown region');
      values.regionCode = input.regionCode;
    }
    const province = input.provinceCode !== undefined ? input.provinceCode || null : (current?.provinceCode ?? null);
    if (input.provinceCode !== undefined) values.provinceCode = province;
    if (province && (input.provinceCode !== undefined || input.regionCode !== undefined)) {
      if (!(await m.existsBy(Province, { code: province, regionCode: values.regionCode ?? current?.regionCode }))) {
        throw badInput('provinceCode', ErrorReason.INVALID_VALUE, 'This province is not in the chosen region');
      }
    }
    if (input.valueChainId !== undefined) {
      if (input.valueChainId && !(await m.existsBy(ValueChain, { id: input.valueChainId, organizationId: actor.organizationId }))) {
        throw badInput('valueChainId', ErrorReason.INVALID_VALUE, 'Unknown value chain');
      }
      values.valueChainId = input.valueChainId || null;
    }
    if (input.registrationNumber !== undefined) {
      const reg = input.registrationNumber?.trim() || null;
      if (reg) {
        const taken = await m
          .createQueryBuilder(Cooperative, 'c')
          .where('c.organization_id = :org AND c.registration_number = :reg', { org: actor.organizationId, reg })
          .andWhere(current ? 'c.id <> :self' : 'true', current ? { self: current.id } : {})
          .getExists();
        if (taken) throw badInput('registrationNumber', ErrorReason.DUPLICATE, 'Another cooperative has this registration number');
      }
      values.registrationNumber = reg;
    }
    const name = values.name ?? current?.name ?? '';
    const nameAr = values.nameAr !== undefined ? values.nameAr : (current?.nameAr ?? null);
    values.searchName = normalizeName([name, nameAr].filter(Boolean).join(' '));
    return values;
  }
}
