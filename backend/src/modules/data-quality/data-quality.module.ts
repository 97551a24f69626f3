import { Module } from '@nestjs/common';
import { DataQualityResolver } from './data-quality.resolver';
import { DataQualityService } from './data-quality.service';

@Module({ providers: [DataQualityService, DataQualityResolver] })
export class DataQualityModule {}
