import type { JSX } from 'react';
import type { FrameworkSummary } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';
import { Field } from '../ui/field.js';

function optionLabel(framework: FrameworkSummary): string {
  return `${framework.title} — ${plural(framework.standardCount, 'standard')}`;
}

/** Which framework the tree shows; each option says how big it is. */
export function FrameworkPicker(props: { frameworks: FrameworkSummary[]; selectedId: string | null; onSelect: (frameworkId: string) => void }): JSX.Element {
  return (
    <Field layout="stack" label="Framework">
      {(control) => (
        <select {...control} className="field field--select framework-picker" value={props.selectedId ?? ''} onChange={(event) => props.onSelect(event.target.value)}>
          {props.frameworks.map((framework) => (
            <option key={framework.id} value={framework.id}>
              {optionLabel(framework)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
