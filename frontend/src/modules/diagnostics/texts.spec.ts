import { Locale } from '@rafiq/shared';
import { formatGain, formatScore, pick } from './texts';

describe('diagnostic texts', () => {
  it('picks the reader’s language with a fallback', () => {
    expect(pick({ fr: 'Finance', ar: 'المالية', en: '' }, Locale.EN)).toBe('Finance');
    expect(pick({ fr: 'Finance', ar: 'المالية', en: '' }, Locale.AR)).toBe('المالية');
    expect(pick({ fr: '', ar: 'المالية', en: '' }, Locale.FR)).toBe('المالية');
  });
  it('formats scores and signed gains', () => {
    expect(formatScore(50)).toBe('50');
    expect(formatScore(18.75)).toBe('18.8');
    expect(formatGain(12.5)).toBe('+12.5');
    expect(formatGain(-3)).toBe('−3');
    expect(formatGain(null)).toBe('–');
  });
});
