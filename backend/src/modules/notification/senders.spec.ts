import type { Transporter } from 'nodemailer';
import { Channel, Notification, NotificationKind } from './notification.entity';
import { PermanentSendError, SmtpEmailSender } from './senders';

const note = (overrides: Partial<Notification> = {}) =>
  ({
    id: 'n-1',
    channel: Channel.EMAIL,
    kind: NotificationKind.SESSION_TOMORROW,
    locale: 'ar',
    body: 'تذكير: لديك جلسة مواكبة غدًا',
    ...overrides,
  }) as Notification;

describe('e-mail sender', () => {
  it('sends the message in the recipient’s language with a stable message id, and refuses without an address', async () => {
    const sendMail = jest.fn().mockResolvedValue({});
    const sender = new SmtpEmailSender({ sendMail } as unknown as Transporter, 'Rafiq <no-reply@lab.example>');
    await sender.send(note(), 'fatima@example.org');
    expect(sendMail).toHaveBeenCalledWith({
      from: 'Rafiq <no-reply@lab.example>',
      to: 'fatima@example.org',
      subject: 'رفيق: تذكير',
      text: 'تذكير: لديك جلسة مواكبة غدًا',
      messageId: '<n-1@rafiq.notification>',
    });
    await expect(sender.send(note(), null)).rejects.toBeInstanceOf(PermanentSendError);
  });
});
