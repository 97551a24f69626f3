import 'i18next';
import type { Messages, NamespaceMessages } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages } & NamespaceMessages;
  }
}
