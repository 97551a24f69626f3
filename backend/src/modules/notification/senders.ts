import { createTransport, type Transporter } from 'nodemailer';
import { Channel, Notification } from './notification.entity';

/**
 * A way out for notifications. In-app notifications need no sender (they are read with
 * `myNotifications`); SMS, WhatsApp and e-mail senders are built from the configuration and are
 * disabled — nothing is queued for them — until configured. In development a log sender shows
 * what would go out.
 */
export interface NotificationSender {
  readonly channel: Channel;
  /** `address`: the recipient's e-mail address (EMAIL) or E.164 phone number (SMS, WHATSAPP). */
  send(notification: Notification, address: string | null): Promise<void>;
}

/** A failure that retrying cannot fix (no address to send to): the row fails at once. */
export class PermanentSendError extends Error {}

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

const SUBJECTS: Record<string, string> = { ar: 'رفيق: تذكير', fr: 'Rafiq : rappel', en: 'Rafiq: reminder' };

/** E-mail over SMTP (nodemailer), to the recipient's account address. */
export class SmtpEmailSender implements NotificationSender {
  readonly channel = Channel.EMAIL;
  private readonly transport: Transporter;
  constructor(
    smtpUrlOrTransport: string | Transporter,
    private readonly from: string,
  ) {
    this.transport = typeof smtpUrlOrTransport === 'string' ? createTransport(smtpUrlOrTransport) : smtpUrlOrTransport;
  }
  async send(n: Notification, address: string | null): Promise<void> {
    if (!address) throw new PermanentSendError('no e-mail address');
    await this.transport.sendMail({
      from: this.from,
      to: address,
      subject: SUBJECTS[n.locale] ?? SUBJECTS.fr,
      text: n.body,
      // Lets a relay drop a message sent twice after a lost answer.
      messageId: `<${n.id}@rafiq.notification>`,
    });
  }
}

async function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`gateway answered ${res.status}`);
}

/**
 * SMS through an HTTP gateway of the organisation's choice: `POST {to, message, reference}` with
 * an optional bearer token. `reference` (the notification id) lets the gateway drop a retry.
 */
export class WebhookSmsSender implements NotificationSender {
  readonly channel = Channel.SMS;
  constructor(
    private readonly url: string,
    private readonly token?: string,
  ) {}
  async send(n: Notification, address: string | null): Promise<void> {
    if (!address) throw new PermanentSendError('no phone number');
    await postJson(
      this.url,
      { to: address, message: n.body, reference: n.id },
      this.token ? { authorization: `Bearer ${this.token}` } : {},
    );
  }
}

/** WhatsApp through the WhatsApp Business Cloud API (a text message to the phone number). */
export class WhatsAppCloudSender implements NotificationSender {
  readonly channel = Channel.WHATSAPP;
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly phoneNumberId: string,
  ) {}
  async send(n: Notification, address: string | null): Promise<void> {
    if (!address) throw new PermanentSendError('no phone number');
    await postJson(
      `${this.apiUrl.replace(/\/$/, '')}/${encodeURIComponent(this.phoneNumberId)}/messages`,
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: address.replace(/^\+/, ''), type: 'text', text: { body: n.body } },
      { authorization: `Bearer ${this.token}` },
    );
  }
}
