export { homeTitleKey } from './homeTitle';
export { RoleHome } from './RoleHome';
