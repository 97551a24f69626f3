import { Args, ArgsType, Field, ID, Info, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/actor';
import { Connection, selects } from '../../common/pagination';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ImportRunsArgs, ImportRowProblem, PeopleImportInput, PeopleImportPreview } from './dto/import.types';
import { ImportRun } from './import-run.entity';
import { IMPORTERS, ImportService } from './import.service';

@ObjectType()
export class ImportRunConnection extends Connection(ImportRun, 'ImportRun') {}

@ArgsType()
class ImportRunArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

/** Spreadsheet imports: admins anywhere in their organisation, programme leads into programmes they lead. */
@Resolver(() => ImportRun)
export class ImportResolver {
  constructor(private readonly service: ImportService) {}

  @Allow(...IMPORTERS)
  @Mutation(() => PeopleImportPreview, {
    description: 'Validates an uploaded file (POST /api/imports) with the given mapping; writes nothing',
  })
  previewPeopleImport(@Args('input') input: PeopleImportInput, @CurrentActor() actor: Actor): Promise<PeopleImportPreview> {
    return this.service.preview(actor, input);
  }

  @Allow(...IMPORTERS)
  @Mutation(() => ImportRun, { description: 'Imports an uploaded file in the background; poll importRun(id) for progress and the report' })
  startPeopleImport(@Args('input') input: PeopleImportInput, @CurrentActor() actor: Actor): Promise<ImportRun> {
    return this.service.start(actor, input);
  }

  @Allow(...IMPORTERS)
  @Query(() => ImportRun)
  importRun(@Args() { id }: ImportRunArgs, @CurrentActor() actor: Actor): Promise<ImportRun> {
    return this.service.get(actor, id);
  }

  @Allow(...IMPORTERS)
  @Query(() => ImportRunConnection, {
    description: 'Import history, newest first: every run of the organisation for admins, their own for programme leads',
  })
  importRuns(@Args() args: ImportRunsArgs, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<ImportRunConnection> {
    return this.service.list(actor, args, selects(info, 'totalCount'));
  }

  @Allow(...IMPORTERS)
  @ResolveField(() => String, { nullable: true, description: 'Who ran it (null: the command line)' })
  ranBy(@Parent() run: ImportRun): string | null {
    return run.user?.displayName ?? null;
  }

  @Allow(...IMPORTERS)
  @ResolveField(() => [ImportRowProblem], { description: 'The first 1,000 problems' })
  problems(@Parent() run: ImportRun): ImportRowProblem[] {
    return (run.report.errors ?? []) as ImportRowProblem[];
  }

  @Allow(...IMPORTERS)
  @ResolveField(() => [String])
  ignoredColumns(@Parent() run: ImportRun): string[] {
    return run.report.ignoredColumns ?? [];
  }
}
