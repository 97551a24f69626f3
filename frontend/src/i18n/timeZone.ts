import { DEFAULT_TIME_ZONE } from '@rafiq/shared';

/**
 * Times are shown and entered on the organisation's clock (its time zone setting, Africa/Casablanca
 * by default), whatever the device's zone. The signed-in shell sets it from `me.organization`.
 */
let timeZone = DEFAULT_TIME_ZONE;

export function setTimeZone(zone: string | null | undefined): void {
  timeZone = zone || DEFAULT_TIME_ZONE;
}

export function currentTimeZone(): string {
  return timeZone;
}
