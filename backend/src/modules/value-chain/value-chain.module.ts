import { Module } from '@nestjs/common';
import { ValueChainResolver } from './value-chain.resolver';
import { ValueChainService } from './value-chain.service';

@Module({ providers: [ValueChainResolver, ValueChainService], exports: [ValueChainService] })
export class ValueChainModule {}
