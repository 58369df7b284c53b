import { describe, expect, it } from 'vitest';
import { sparklineShape } from './sparkline.js';
import { sampleScale } from './sample-profile.test-data.js';

const size = { width: 64, height: 20, pad: 2 };

describe('sparkline shape', () => {
  it('spreads evidence by date and places levels between the scale’s lowest and highest', () => {
    const shape = sparklineShape(
      [
        { observedOn: '2025-10-01', level: 1 },
        { observedOn: '2025-10-04', level: 4 },
        { observedOn: '2025-10-31', level: 3 },
      ],
      sampleScale,
      size,
    );
    // x: 2 + 60 * (0, 3/30, 1); y: 2 + 16 * (1 - (level - 1) / 3)
    expect(shape.line).toBe('2,18 8,2 62,7.3');
    expect(shape.last).toEqual({ x: 62, y: 7.3 });
    expect(shape.thresholdY).toBe(7.3);
  });

  it('centres a single point and spreads evidence of one day evenly', () => {
    expect(sparklineShape([{ observedOn: '2025-10-01', level: 2 }], sampleScale, size).line).toBe('32,12.7');
    const sameDay = sparklineShape(
      [
        { observedOn: '2025-10-01', level: 2 },
        { observedOn: '2025-10-01', level: 3 },
      ],
      sampleScale,
      size,
    );
    expect(sameDay.line).toBe('2,12.7 62,7.3');
  });

  it('draws nothing but the threshold without evidence', () => {
    expect(sparklineShape([], sampleScale, size)).toEqual({ line: '', last: null, thresholdY: 7.3 });
  });
});
