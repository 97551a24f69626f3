/** ISO 3166-1 alpha-2 country code. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** A region: ISO 3166-2 shape, `<country>-<1–3 letters or digits>` (`MA-09`, `SN-DK`, `CI-AB`). */
export const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** A province: `<region code>-<1–6 letters or digits>` (`MA-09-TAR`, `SN-DK-PIK`). */
export const PROVINCE_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}-[A-Z0-9]{1,6}$/;

/** Morocco's regions and provinces come from the migrations and are fixed. */
export const FIXED_COUNTRY = 'MA';

export const countryOf = (regionOrProvinceCode: string) => regionOrProvinceCode.slice(0, 2);
