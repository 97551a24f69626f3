import { Args, Context, ID, Info, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { GqlContext } from '../../graphql/context';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Enrolment } from '../enrolment/enrolment.entity';
import { Region } from '../reference/region.entity';
import { Province } from '../reference/province.entity';
import { CooperativeMember } from '../cooperative/cooperative-member.entity';
import { CreatePersonInput, PeopleArgs, UpdatePersonInput, WithdrawConsentInput } from './dto/person.inputs';
import { Person } from './person.entity';
import { PersonService } from './person.service';

@ObjectType()
export class PersonConnection extends Connection(Person, 'Person') {}

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

/** Lists mask personal data for admins and leads (permissions.md); a single record shows it. */
type Listed = Person & { listed?: boolean };
const masksInLists = (actor: Actor) => actor.role === Role.ADMIN || actor.role === Role.PROGRAM_LEAD;

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly service: PersonService) {}

  @Allow(...ALL)
  @Query(() => PersonConnection, { description: 'The people the caller may see, filtered, sorted, a page at a time.' })
  async people(
    @CurrentActor() actor: Actor,
    @Args() { filter, ...page }: PeopleArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PersonConnection> {
    const result = await this.service.list(actor, page, filter ?? {}, selects(info, 'totalCount'));
    for (const edge of result.edges) (edge.node as Listed).listed = true;
    return result;
  }

  @Allow(...ALL)
  @Query(() => Person, { description: 'One person; NOT_FOUND when she does not exist or the caller may not see her.' })
  person(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Person> {
    return this.service.get(actor, id);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Query(() => [Person], { description: 'People who look like the one being entered: same ID, same phone, or a similar name with the same birth date.' })
  likelyDuplicates(@CurrentActor() actor: Actor, @Args('input') input: CreatePersonInput): Promise<Person[]> {
    return this.service.likelyDuplicates(actor, input);
  }

  @Allow(...STAFF, Role.ENTREPRENEUR)
  @Query(() => String, {
    nullable: true,
    description: 'The national ID in clear, for those who may see the person (an entrepreneur: her own record only); every reveal is audited.',
  })
  revealNationalId(@CurrentActor() actor: Actor, @Args('personId', { type: () => ID }) personId: string): Promise<string | null> {
    return this.service.revealNationalId(actor, personId);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH)
  @Mutation(() => Person, { description: 'Admins and programme leads; a coach only with `sessionId`, a session she runs (a person met on site).' })
  createPerson(@CurrentActor() actor: Actor, @Args('input') input: CreatePersonInput): Promise<Person> {
    return this.service.create(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Person, { description: 'Changes the given fields; CONFLICT when the person changed since `version`.' })
  updatePerson(@CurrentActor() actor: Actor, @Args('input') input: UpdatePersonInput): Promise<Person> {
    return this.service.update(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Person, {
    description: 'Records that she withdrew her consent (date, channel) and clears every field that needs it: only name, gender, region and programme stay.',
  })
  withdrawConsent(@CurrentActor() actor: Actor, @Args('input') input: WithdrawConsentInput): Promise<Person> {
    return this.service.withdrawConsent(actor, input);
  }

  @Allow(Role.ADMIN, Role.PROGRAM_LEAD)
  @Mutation(() => Person, { description: 'Hides the person from lists; her history and past indicators stay.' })
  archivePerson(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Person> {
    return this.service.archive(actor, id, version);
  }

  @Allow(...ALL)
  @ResolveField(() => String, { nullable: true, description: 'E.164; masked in lists for admins and leads.' })
  phone(@Parent() person: Listed, @CurrentActor() actor: Actor): string | null {
    if (!person.phone) return null;
    return person.listed && masksInLists(actor) ? `${person.phone.slice(0, 6)}••••${person.phone.slice(-2)}` : person.phone;
  }

  @Allow(...ALL)
  @ResolveField(() => String, { nullable: true, description: 'YYYY-MM-DD; only the year in lists for admins and leads.' })
  birthDate(@Parent() person: Listed, @CurrentActor() actor: Actor): string | null {
    if (!person.birthDate) return null;
    return person.listed && masksInLists(actor) ? person.birthDate.slice(0, 4) : person.birthDate;
  }

  @Allow(...ALL)
  @ResolveField(() => Region)
  region(@Parent() person: Person, @Context() ctx: GqlContext): Promise<Region> {
    return ctx.loaders.regions.load(person.regionCode);
  }

  @Allow(...ALL)
  @ResolveField(() => [CooperativeMember], { description: 'Cooperative memberships, current and past.' })
  memberships(@Parent() person: Person, @Context() ctx: GqlContext): Promise<CooperativeMember[]> {
    return ctx.loaders.membershipsByPerson.load(person.id);
  }

  @Allow(...ALL)
  @ResolveField(() => Province, { nullable: true })
  province(@Parent() person: Person, @Context() ctx: GqlContext): Promise<Province | null> | null {
    return person.provinceCode ? ctx.loaders.provinces.load(person.provinceCode) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => [Enrolment])
  enrolments(@Parent() person: Person, @Context() ctx: GqlContext): Promise<Enrolment[]> {
    return ctx.loaders.enrolmentsByPerson.load(person.id);
  }
}
