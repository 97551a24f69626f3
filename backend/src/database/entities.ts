import { AuthSession } from '../modules/auth/auth-session.entity';
import { User } from '../modules/auth/user.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Region } from '../modules/reference/region.entity';

/** Every TypeORM entity. Migrations must produce exactly these tables (a test checks for drift). */
export const entities = [Organization, User, AuthSession, Region];
