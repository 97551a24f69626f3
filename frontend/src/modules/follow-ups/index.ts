export { AlertsPanel } from './AlertsPanel';
export { FollowUpsPage } from './FollowUpsPage';
