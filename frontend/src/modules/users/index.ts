export { TeamSettings } from './TeamSettings';
