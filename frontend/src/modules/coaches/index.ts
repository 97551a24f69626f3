export { CoachesList } from './CoachesList';
export { MyCoachProfile } from './MyCoachProfile';
export { seesCoaches } from './permissions';
