export { ProfileDetails } from './ProfileDetails';
