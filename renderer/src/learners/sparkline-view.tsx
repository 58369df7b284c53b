import type { JSX } from 'react';
import type { EvidencePoint, Scale } from '../../../preload/contract/index.js';
import { sparklineShape } from './sparkline.js';
import './sparkline-view.css';

const size = { width: 72, height: 22, pad: 3 };

/** A standard's evidence over time, drawn small beside its level; the numbers are in the row's text. */
export function Sparkline({ points, scale }: { points: readonly EvidencePoint[]; scale: Scale | undefined }): JSX.Element {
  if (!scale || points.length === 0) return <span className="sparkline sparkline--empty" aria-hidden="true" />;
  const shape = sparklineShape(points, scale, size);
  return (
    <svg className="sparkline" width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`} aria-hidden="true" focusable="false">
      <line className="sparkline__threshold" x1={size.pad} x2={size.width - size.pad} y1={shape.thresholdY} y2={shape.thresholdY} />
      {points.length > 1 && <polyline className="sparkline__line" points={shape.line} />}
      {shape.last && <circle className="sparkline__dot" cx={shape.last.x} cy={shape.last.y} r={2.5} />}
    </svg>
  );
}
