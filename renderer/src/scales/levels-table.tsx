import type { JSX } from 'react';
import type { LevelUse, Scale } from '../../../preload/contract/index.js';
import { levelColourProperties } from '../format/level-colours.js';
import { contrastWarning } from './level-contrast.js';
import { levelInUseReason, levelName, levelValue, type LevelDraft, type ScaleDraft } from './scale-draft.js';
import { IconButton } from '../ui/button.js';
import { Chip } from '../ui/chip.js';

const colourPattern = /^#[0-9a-f]{6}$/i;

/** The name a row's fields carry for a screen reader (and a test): "level 2", or "row 3" without a value. */
function rowName(level: LevelDraft, index: number): string {
  const value = levelValue(level);
  return value === null ? `row ${index + 1}` : `level ${value}`;
}

/** The draft as a scale the chips can be drawn with (colours still being typed fall back to grey). */
function previewScale(draft: ScaleDraft): Scale {
  return {
    id: draft.id ?? 'new',
    title: draft.title,
    purpose: draft.purpose,
    masteryThreshold: Number(draft.threshold),
    halfSteps: draft.halfSteps,
    levels: draft.levels.map((level, index) => ({ ...level, value: levelValue(level) ?? index })),
  };
}

/** Each level whose chip would be hard to read, as a sentence (a warning: saving stays allowed). */
export function contrastWarnings(draft: ScaleDraft): Map<string, string> {
  const threshold = Number(draft.threshold);
  const warnings = new Map<string, string>();
  draft.levels.forEach((level, index) => {
    const value = levelValue(level);
    const warning = contrastWarning(levelName(level, index), level.colour.trim(), value !== null && value >= threshold);
    if (warning) warnings.set(level.key, warning);
  });
  return warnings;
}

/**
 * The levels of a scale, one row each: value, label, short label (what a teacher types into the
 * grid), colour (a picker and its code), description, and the two chips the grid will draw. A level
 * evidence uses keeps its value and cannot be removed; the row says so beside its disabled ×.
 */
export function LevelsTable(props: {
  draft: ScaleDraft;
  levelsInUse: readonly LevelUse[];
  warnings: Map<string, string>;
  onChange: (key: string, patch: Partial<Omit<LevelDraft, 'key'>>) => void;
  onSort: () => void;
  onRemove: (key: string) => void;
}): JSX.Element {
  const { draft } = props;
  const threshold = Number(draft.threshold);
  return (
    <table className="levels" style={levelColourProperties(previewScale(draft))}>
      <thead>
        <tr>
          <th scope="col">Value</th>
          <th scope="col">Label</th>
          <th scope="col" title="What a teacher can type into the grid for this level">
            Short
          </th>
          <th scope="col">Colour</th>
          <th scope="col">Description</th>
          <th scope="col">Chip</th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {draft.levels.map((level, index) => {
          const name = rowName(level, index);
          const value = levelValue(level);
          const mastered = value !== null && value >= threshold;
          const warning = props.warnings.get(level.key);
          const inUse = levelInUseReason(level, props.levelsInUse);
          const inUseId = `${level.key}-in-use`;
          return (
            <tr key={level.key} className={warning ? 'levels__row has-warning' : 'levels__row'}>
              <td>
                <input
                  className="field levels__value"
                  inputMode="decimal"
                  aria-label={`Value of ${name}`}
                  value={level.value}
                  // evidence was recorded at this value: another value would leave it on no level
                  readOnly={inUse !== null}
                  aria-describedby={inUse === null ? undefined : inUseId}
                  onChange={(event) => props.onChange(level.key, { value: event.target.value })}
                  // rows take their place by value once the teacher leaves the field, not while typing
                  onBlur={props.onSort}
                />
              </td>
              <td>
                <input className="field levels__label" aria-label={`Label of ${name}`} value={level.label} onChange={(event) => props.onChange(level.key, { label: event.target.value })} />
              </td>
              <td>
                <input
                  className="field levels__short"
                  aria-label={`Short label of ${name}`}
                  maxLength={3}
                  value={level.shortLabel}
                  onChange={(event) => props.onChange(level.key, { shortLabel: event.target.value })}
                />
              </td>
              <td>
                <span className="levels__colour">
                  <input
                    type="color"
                    className="levels__swatch"
                    aria-label={`Colour of ${name}`}
                    value={colourPattern.test(level.colour.trim()) ? level.colour.trim().toLowerCase() : '#000000'}
                    onChange={(event) => props.onChange(level.key, { colour: event.target.value.toUpperCase() })}
                  />
                  <input
                    className="field levels__hex"
                    aria-label={`Colour code of ${name}`}
                    spellCheck={false}
                    maxLength={7}
                    value={level.colour}
                    onChange={(event) => props.onChange(level.key, { colour: event.target.value })}
                  />
                </span>
              </td>
              <td>
                <input
                  className="field levels__description"
                  aria-label={`Description of ${name}`}
                  value={level.description}
                  onChange={(event) => props.onChange(level.key, { description: event.target.value })}
                />
              </td>
              <td>
                <span className="levels__chip">
                  {/* the chip this level is drawn as in the grid: full colour when mastered, else the tint */}
                  <Chip
                    text={level.shortLabel.trim() || '–'}
                    band={index}
                    mastered={mastered}
                    title={mastered ? 'Mastered: drawn on the full colour' : 'Not yet mastered: drawn on a tint'}
                  />
                  {warning && (
                    <span className="levels__warn" title={warning} role="img" aria-label="Low contrast">
                      !
                    </span>
                  )}
                </span>
              </td>
              <td>
                <span className="levels__remove">
                  <IconButton
                    label={`Remove ${name}`}
                    title={inUse === null ? 'Remove this level' : `Kept: ${inUse}`}
                    disabled={inUse !== null}
                    aria-describedby={inUse === null ? undefined : inUseId}
                    onClick={() => props.onRemove(level.key)}
                  >
                    ×
                  </IconButton>
                  {inUse !== null && (
                    <span id={inUseId} className="levels__in-use">
                      {inUse}
                    </span>
                  )}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
