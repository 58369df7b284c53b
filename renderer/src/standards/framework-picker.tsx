import { useId, type JSX } from 'react';
import type { FrameworkSummary } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';

function optionLabel(framework: FrameworkSummary): string {
  return `${framework.title} — ${plural(framework.standardCount, 'standard')}`;
}

/** Which framework the tree shows; each option says how big it is. */
export function FrameworkPicker(props: { frameworks: FrameworkSummary[]; selectedId: string | null; onSelect: (frameworkId: string) => void }): JSX.Element {
  const id = useId();
  return (
    <div className="standards-field">
      <label htmlFor={id} className="standards-field__label">
        Framework
      </label>
      <select id={id} className="standards-select" value={props.selectedId ?? ''} onChange={(event) => props.onSelect(event.target.value)}>
        {props.frameworks.map((framework) => (
          <option key={framework.id} value={framework.id}>
            {optionLabel(framework)}
          </option>
        ))}
      </select>
    </div>
  );
}
