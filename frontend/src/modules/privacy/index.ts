export { PersonRights, personDataUrl } from './PersonRights';
export { PrivacySettings } from './PrivacySettings';
export { MyDataCopy, myDataUrl } from './MyDataCopy';
export { WithdrawConsentButton } from './WithdrawConsentButton';
