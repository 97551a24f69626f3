import { Channel, Notification } from './notification.entity';

/**
 * A way out for notifications. In-app notifications need no sender (they are read with
 * `myNotifications`); SMS, WhatsApp and e-mail senders plug in here once configured, and are
 * disabled — nothing is queued for them — until then. In development a log sender shows what
 * would go out.
 */
export interface NotificationSender {
  readonly channel: Channel;
  send(notification: Notification): Promise<void>;
}

export class LogSender implements NotificationSender {
  readonly channel = Channel.LOG;
  readonly sent: Notification[] = [];
  constructor(private readonly log?: (message: string, details: object) => void) {}
  async send(notification: Notification): Promise<void> {
    this.sent.push(notification);
    this.log?.('notification (log sender)', { notification: notification.id, kind: notification.kind, channel: notification.channel });
  }
}

/** In-app: delivering is storing; "sent" means it shows in the recipient's list. */
export class InAppSender implements NotificationSender {
  readonly channel = Channel.IN_APP;
  async send(): Promise<void> {}
}
