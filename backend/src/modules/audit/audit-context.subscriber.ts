import { EntitySubscriberInterface, EventSubscriber, TransactionStartEvent } from 'typeorm';
import { requestContext } from '../../common/request-context';

/**
 * Tells the audit trigger who is acting: at the start of every transaction, the caller's id, role,
 * organisation, address and request id go into transaction-local settings (`rafiq.*`), read by
 * `audit_row()`. Outside a request (jobs, the CLI without an identity) the trigger records SYSTEM.
 */
@EventSubscriber()
export class AuditContextSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const store = requestContext.getStore();
    const who = store?.audit;
    if (!store || !who) return;
    await event.queryRunner.query(
      `SELECT set_config('rafiq.actor_id', $1, true), set_config('rafiq.actor_role', $2, true), set_config('rafiq.ip', $3, true), set_config('rafiq.request_id', $4, true)`,
      [who.userId ?? '', who.role, who.ip ?? '', store.requestId],
    );
  }
}
