import { registerEnumType } from '@nestjs/graphql';
import { Locale, Role } from '@rafiq/shared';

registerEnumType(Role, { name: 'Role', description: 'The four roles of Rafiq.' });
registerEnumType(Locale, { name: 'Locale', description: 'Interface language.' });
