import type { JSX } from 'react';
import { evidenceKinds, evidenceSources, type EvidenceKind, type EvidenceSource } from '../../../preload/contract/index.js';
import { kindLabels, sourceLabels } from './evidence-words.js';
import { modalities } from './modalities.js';

/**
 * The options of the pickers that describe evidence — its kind, modality and source — in the contract's
 * order, one list each for the entry bar, the new-assessment dialog and "Add evidence".
 */
export function KindOptions(props: { prefix?: string }): JSX.Element {
  return (
    <>
      {evidenceKinds.map((kind) => (
        <option key={kind} value={kind}>
          {props.prefix ? `${props.prefix} ${kindLabels[kind]}` : kindLabels[kind]}
        </option>
      ))}
    </>
  );
}

export function ModalityOptions(): JSX.Element {
  return (
    <>
      <option value="">Not said</option>
      {Object.entries(modalities).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

export function SourceOptions(): JSX.Element {
  return (
    <>
      {evidenceSources.map((source) => (
        <option key={source} value={source}>
          {sourceLabels[source]}
        </option>
      ))}
    </>
  );
}

/** The kind a picker's value names (its options are the contract's kinds, so anything else is a bug). */
export function evidenceKindOf(value: string): EvidenceKind {
  const kind = evidenceKinds.find((known) => known === value);
  if (!kind) throw new Error(`"${value}" is not a kind of evidence.`);
  return kind;
}

export function evidenceSourceOf(value: string): EvidenceSource {
  const source = evidenceSources.find((known) => known === value);
  if (!source) throw new Error(`"${value}" is not a source of evidence.`);
  return source;
}
