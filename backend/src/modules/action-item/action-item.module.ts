import { Module } from '@nestjs/common';
import { VentureModule } from '../venture/venture.module';
import { ActionItemResolver, VentureActionItemsResolver } from './action-item.resolver';
import { ActionItemService } from './action-item.service';

@Module({ imports: [VentureModule], providers: [ActionItemService, ActionItemResolver, VentureActionItemsResolver] })
export class ActionItemModule {}
