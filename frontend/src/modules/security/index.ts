export { AccountSecurity } from './AccountSecurity';
export { TwoFactorSection, TwoFactorSetup, RecoveryCodes } from './TwoFactor';
export { TwoFactorGate } from './TwoFactorGate';
export { AccountAdminActions } from './AccountAdminActions';
