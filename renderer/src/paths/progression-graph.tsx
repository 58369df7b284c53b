import { useMemo, type JSX } from 'react';
import type { ProgressionStandard } from '../../../preload/contract/index.js';
import { formatPercent } from '../format/numbers.js';
import { standardLabel } from './board-model.js';
import { graphLayout, shareBand } from './graph-layout.js';
import './progression-graph.css';

const sizes = { nodeWidth: 132, nodeHeight: 44, columnGap: 56, rowGap: 14, margin: 12 };

/** Share bands as the legend names them, darkest last (graph-layout.ts `shareBand`). */
const bandWords = ['under 20%', '20–39%', '40–59%', '60–79%', '80% or more'] as const;

/**
 * The class's progression graph: tracked standards in layers left to right (a standard sits one layer
 * after its deepest prerequisite), prerequisite links as curves, each standard coloured by the share of
 * the class that has mastered it. Choosing a standard shows on the board who is ready for it. Drawn by
 * hand in SVG: a few dozen lines of layering do what a layout library would, without one more dependency.
 */
export function ProgressionGraph(props: {
  standards: readonly ProgressionStandard[];
  shares: readonly number[];
  /** The standard chosen (its id), drawn apart. */
  selected?: string | null;
  onChoose: (index: number) => void;
}): JSX.Element {
  const { standards, shares } = props;
  const layout = useMemo(() => graphLayout(standards, sizes), [standards]);
  const links = layout.edges.length;
  return (
    <div className="progression-graph">
      <ul className="progression-graph__legend" aria-label="Share of the class that has mastered each standard">
        {bandWords.map((words, band) => (
          <li key={words}>
            <span className={`progression-graph__swatch share-band--${band}`} aria-hidden="true" />
            {words}
          </li>
        ))}
      </ul>
      <div className="progression-graph__frame">
        <svg
          className="progression-graph__svg"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={`Progression of ${standards.length} tracked standards with ${links} prerequisite ${links === 1 ? 'link' : 'links'}, earliest on the left`}
        >
          {layout.looseTop !== null && (
            <text className="progression-graph__loose-heading" x={sizes.margin} y={layout.looseTop - 10}>
              No prerequisite links yet
            </text>
          )}
          <g aria-hidden="true">
            {layout.edges.map((edge) => {
              const bend = (edge.x2 - edge.x1) / 2;
              return (
                <path
                  key={`${edge.from}-${edge.to}`}
                  className="progression-graph__edge"
                  d={`M${edge.x1},${edge.y1} C${edge.x1 + bend},${edge.y1} ${edge.x2 - bend},${edge.y2} ${edge.x2},${edge.y2}`}
                />
              );
            })}
          </g>
          {layout.nodes.map((node) => {
            const standard = standards[node.index];
            if (!standard) return null;
            const share = shares[node.index] ?? 0;
            const needs = standard.prerequisites.map((index) => standards[index]).filter((item) => item !== undefined);
            const label = `${standardLabel(standard)}: ${formatPercent(share, 1)} of the class mastered it${
              needs.length > 0 ? `; comes after ${needs.map(standardLabel).join(', ')}` : ''
            }. Show its prerequisites.`;
            return (
              <g
                key={standard.standardId}
                className={`progression-graph__node share-band--${shareBand(share)}${props.selected === standard.standardId ? ' progression-graph__node--selected' : ''}`}
                aria-pressed={props.selected === standard.standardId}
                transform={`translate(${node.x},${node.y})`}
                role="button"
                tabIndex={0}
                aria-label={label}
                onClick={() => props.onChoose(node.index)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    props.onChoose(node.index);
                  }
                }}
              >
                <title>{standard.statement}</title>
                <rect className="progression-graph__box" width={sizes.nodeWidth} height={sizes.nodeHeight} rx={6} />
                <text className="progression-graph__code" x={10} y={19}>
                  {standardLabel(standard)}
                </text>
                <text className="progression-graph__share" x={10} y={35}>
                  {formatPercent(share, 1)} mastered
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </div>
  );
}
