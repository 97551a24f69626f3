import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { GqlContext } from '../../graphql/context';
import { Allow, AllowSignedIn } from '../auth/allow.decorator';
import { CreateProvinceInput } from './dto/create-province.input';
import { CreateRegionInput } from './dto/create-region.input';
import { ProvincesArgs, RegionsArgs } from './dto/reference.args';
import { Province } from './province.entity';
import { ReferenceService } from './reference.service';
import { Region } from './region.entity';

@Resolver(() => Region)
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  /** Reference data, the same for every organisation. */
  @AllowSignedIn()
  @Query(() => [Region], { description: "Morocco's 12 regions (ISO 3166-2:MA), official names; another country's with `countryCode`." })
  regions(@Args() { countryCode }: RegionsArgs): Promise<Region[]> {
    return this.reference.regions(countryCode);
  }

  @AllowSignedIn()
  @Query(() => [Province], { description: 'Provinces and prefectures, sorted by French name; all of them unless filtered.' })
  provinces(@Args() args: ProvincesArgs): Promise<Province[]> {
    return this.reference.provinces(args);
  }

  @AllowSignedIn()
  @ResolveField('provinces', () => [Province], { description: 'Its provinces and prefectures, sorted by French name.' })
  provincesOf(@Parent() region: Region, @Context() ctx: GqlContext): Promise<Province[]> {
    return ctx.loaders.provincesByRegion.load(region.code);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Region, { description: "Adds a region of another country (Morocco's are fixed)." })
  createRegion(@Args('input') input: CreateRegionInput): Promise<Region> {
    return this.reference.createRegion(input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Province, { description: "Adds a province to a region of another country (Morocco's are fixed)." })
  createProvince(@Args('input') input: CreateProvinceInput): Promise<Province> {
    return this.reference.createProvince(input);
  }
}
