export { Settings } from './SettingsPage';
export { seesSettings } from './permissions';
