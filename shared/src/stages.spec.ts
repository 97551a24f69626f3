import { daysBetween, median, Stage, stageIndex } from './stages';

describe('stages', () => {
  it('orders the journey', () => {
    expect(stageIndex(Stage.IDEA)).toBe(0);
    expect(stageIndex(Stage.GROWING)).toBe(5);
  });
  it('counts whole days and takes medians', () => {
    expect(daysBetween(new Date('2026-01-01T10:00:00Z'), new Date('2026-01-11T09:00:00Z'))).toBe(9);
    expect(daysBetween(new Date('2026-01-02'), new Date('2026-01-01'))).toBe(0);
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
