import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AllowSignedIn } from '../auth/allow.decorator';
import { Region } from './region.entity';

@Resolver(() => Region)
export class ReferenceResolver {
  constructor(private readonly dataSource: DataSource) {}

  /** Reference data, the same for every organisation. */
  @AllowSignedIn()
  @Query(() => [Region], { description: "Morocco's 12 regions (ISO 3166-2:MA), official names." })
  regions(): Promise<Region[]> {
    return this.dataSource.getRepository(Region).find({ order: { code: 'ASC' } });
  }
}
