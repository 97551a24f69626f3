export { PersonRights, personDataUrl } from './PersonRights';
export { PrivacySettings } from './PrivacySettings';
