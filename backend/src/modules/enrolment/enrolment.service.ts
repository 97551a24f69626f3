import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, notFound } from '../../common/errors';
import { updateVersioned } from '../../common/versioned-update';
import { User } from '../auth/user.entity';
import { PersonService } from '../person/person.service';
import { Cohort } from '../program/cohort.entity';
import { ProgramService } from '../program/program.service';
import { EnrolPeopleInput, EnrolPersonInput, UpdateEnrolmentInput } from './dto/enrolment.inputs';
import { EnrolmentCoach } from './enrolment-coach.entity';
import { EnrolmentStatusChange } from './enrolment-status-change.entity';
import { cancelFollowUps, reassignFollowUps, scheduleFollowUps } from '../follow-up/schedule';
import { Enrolment, EnrolmentStatus } from './enrolment.entity';

@Injectable()
export class EnrolmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programs: ProgramService,
    private readonly people: PersonService,
  ) {}

  /** Admins, and leads of the enrolment's programme, manage enrolments. */
  async enrol(actor: Actor, input: EnrolPersonInput): Promise<Enrolment> {
    return this.dataSource.transaction(async (m) => {
      await this.programs.assertManages(actor, input.programId, m);
      return this.enrolIn(m, actor, input);
    });
  }

  /**
   * Enrols several people in one programme (and cohort) in one transaction: all or nothing. People
   * already enrolled in the programme are left as they are; answers the new enrolments.
   */
  async enrolMany(actor: Actor, input: EnrolPeopleInput): Promise<Enrolment[]> {
    return this.dataSource.transaction(async (m) => {
      await this.programs.assertManages(actor, input.programId, m);
      const { personIds: requested, ...common } = input;
      const personIds = [...new Set(requested)];
      const already = await m.findBy(Enrolment, {
        personId: In(personIds),
        programId: input.programId,
        organizationId: actor.organizationId,
      });
      const skip = new Set(already.map((e) => e.personId));
      const created: Enrolment[] = [];
      for (const personId of personIds) {
        if (skip.has(personId)) continue;
        created.push(await this.enrolIn(m, actor, { ...common, personId }));
      }
      return created;
    });
  }

  private async enrolIn(m: EntityManager, actor: Actor, input: EnrolPersonInput): Promise<Enrolment> {
    await this.people.get(actor, input.personId, m);
    if (
      input.cohortId &&
      !(await m.existsBy(Cohort, { id: input.cohortId, programId: input.programId, organizationId: actor.organizationId }))
    ) {
      throw badInput('cohortId', ErrorReason.INVALID_VALUE, 'This cohort is not part of the programme');
    }
    if (await m.existsBy(Enrolment, { personId: input.personId, programId: input.programId })) {
      throw badInput('personId', ErrorReason.DUPLICATE, 'This person is already enrolled in the programme');
    }
    const enrolment = m.create(Enrolment, {
      organizationId: actor.organizationId,
      programId: input.programId,
      cohortId: input.cohortId ?? null,
      personId: input.personId,
      status: input.status ?? EnrolmentStatus.APPLIED,
      dropoutReason: null,
      enrolledOn: input.enrolledOn ?? new Date().toISOString().slice(0, 10),
    });
    if (enrolment.status === EnrolmentStatus.DROPPED_OUT)
      throw badInput('status', ErrorReason.INVALID_VALUE, 'A new enrolment cannot start as dropped out');
    await m.save(enrolment);
    await m.insert(EnrolmentStatusChange, {
      organizationId: actor.organizationId,
      enrolmentId: enrolment.id,
      fromStatus: null,
      toStatus: enrolment.status,
      reason: null,
      changedBy: actor.userId,
    });
    if (input.coachIds?.length) await this.setCoaches(m, actor, enrolment.id, input.coachIds);
    if (enrolment.status === EnrolmentStatus.GRADUATED) await scheduleFollowUps(m, actor.organizationId, enrolment.id);
    return this.get(actor, enrolment.id, m);
  }

  async update(actor: Actor, input: UpdateEnrolmentInput): Promise<Enrolment> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.get(actor, input.id, m);
      await this.programs.assertManages(actor, current.programId, m);
      const status = input.status ?? current.status;
      const dropoutReason = input.dropoutReason !== undefined ? input.dropoutReason?.trim() || null : current.dropoutReason;
      if (status === EnrolmentStatus.DROPPED_OUT && !dropoutReason)
        throw badInput('dropoutReason', ErrorReason.REQUIRED, 'Say why she dropped out');
      await updateVersioned(
        m,
        Enrolment,
        actor,
        { id: input.id, version: input.version },
        { status, dropoutReason: status === EnrolmentStatus.DROPPED_OUT ? dropoutReason : null },
        'enrolment',
      );
      if (status !== current.status) {
        await m.insert(EnrolmentStatusChange, {
          organizationId: actor.organizationId,
          enrolmentId: input.id,
          fromStatus: current.status,
          toStatus: status,
          reason: status === EnrolmentStatus.DROPPED_OUT ? dropoutReason : null,
          changedBy: actor.userId,
        });
      }
      if (input.coachIds) {
        await this.setCoaches(m, actor, input.id, input.coachIds);
        await reassignFollowUps(m, actor.organizationId, input.id);
      }
      // After the coaches, so that the follow-ups go to the coaches chosen in the same change.
      if (status !== current.status && status === EnrolmentStatus.GRADUATED) await scheduleFollowUps(m, actor.organizationId, input.id);
      if (status !== current.status && current.status === EnrolmentStatus.GRADUATED)
        await cancelFollowUps(m, actor.organizationId, input.id);
      return this.get(actor, input.id, m);
    });
  }

  async get(actor: Actor, id: string, m: EntityManager = this.dataSource.manager): Promise<Enrolment> {
    const enrolment = await m.findOneBy(Enrolment, { id, organizationId: actor.organizationId });
    if (!enrolment) throw notFound('enrolment');
    // Visible when its person is visible to the caller.
    await this.people.get(actor, enrolment.personId, m);
    return enrolment;
  }

  private async setCoaches(m: EntityManager, actor: Actor, enrolmentId: string, coachIds: string[]): Promise<void> {
    const ids = [...new Set(coachIds)];
    const coaches = ids.length ? await m.findBy(User, { id: In(ids), organizationId: actor.organizationId, role: Role.COACH }) : [];
    if (coaches.length !== ids.length)
      throw badInput('coachIds', ErrorReason.INVALID_VALUE, 'Every coach must be a coach of this organisation');
    await m.delete(EnrolmentCoach, { enrolmentId });
    if (ids.length)
      await m.insert(
        EnrolmentCoach,
        ids.map((userId) => ({ enrolmentId, userId, organizationId: actor.organizationId })),
      );
  }
}
