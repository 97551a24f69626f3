export { Detail, DetailList } from './DetailList';
export { LanguageSwitcher, type LanguageSwitcherProps } from './LanguageSwitcher';
export { SkipLink } from './SkipLink';
export { ErrorState, LoadingState, type ErrorStateProps } from './StatusViews';
