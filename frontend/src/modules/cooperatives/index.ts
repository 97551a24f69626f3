export { CooperativeDetails } from './CooperativeDetails';
export { CooperativeForm } from './CooperativeForm';
export { CooperativesList } from './CooperativesList';
export { managesCooperatives, seesCooperatives } from './permissions';
export { CooperativeDocument, CreateCooperativeDocument } from './queries';
