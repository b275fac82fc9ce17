import { REGIONS, type RegionCode } from '@smesec/survey';

/**
 * The survey package's region of an activity region code. The activity files keep 沖縄 apart
 * (ISCO is listed under 沖縄, not 九州), while the survey's eight regions have one 九州・沖縄:
 * map before joining the two.
 */
export function surveyRegionOf(code: string): RegionCode {
  const region = REGIONS.find((r) => r.code === (code === 'okinawa' ? 'kyushu' : code));
  if (!region) throw new Error(`unknown activity region code ${code}`);
  return region.code;
}
