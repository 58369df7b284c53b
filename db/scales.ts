import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { ScalesTable } from './schema.js';

/** Proficiency scales and their levels. */

export type NewScaleLevel = {
  id?: string;
  value: number;
  label: string;
  /** One or two characters for the grid, e.g. 'P'. */
  shortLabel: string;
  /** `#rrggbb`, chosen to be readable on white. */
  colour: string;
  description?: string;
};

export type NewScale = {
  id?: string;
  title: string;
  purpose: ScalesTable['purpose'];
  /** The level at or above which a standard counts as mastered. */
  masteryThreshold: number;
  halfSteps?: boolean;
  levels: readonly NewScaleLevel[];
  createdAt?: string;
};

const colourPattern = /^#[0-9a-fA-F]{6}$/;

/** A proficiency scale with its levels, written together or not at all. */
export function insertScale(writer: GradebookWriter, input: NewScale): string {
  checkScale(input);
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.transaction(() => {
    writer.run(
      qb.insertInto('scales').values({
        id,
        title: input.title,
        purpose: input.purpose,
        mastery_threshold: input.masteryThreshold,
        half_steps: input.halfSteps === true ? 1 : 0,
        created_at: at,
        updated_at: at,
      }),
    );
    for (const level of input.levels) {
      writer.run(
        qb.insertInto('scale_levels').values({
          id: level.id ?? newId(),
          scale_id: id,
          value: level.value,
          label: level.label,
          short_label: level.shortLabel,
          colour: level.colour,
          description: level.description ?? '',
        }),
      );
    }
  });
  return id;
}

/** What a scale must satisfy so that every level and the mastery threshold mean something. */
function checkScale(input: NewScale): void {
  const fail = (message: string, details: Record<string, unknown> = {}): never => {
    throw new GradebookError('invalid_data', message, { scale: input.title, ...details });
  };
  if (input.levels.length < 2) fail(`The scale "${input.title}" needs at least two levels.`);
  const values = input.levels.map((level) => level.value);
  if (new Set(values).size !== values.length) fail(`The scale "${input.title}" has two levels with the same value.`, { values });
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (!(input.masteryThreshold >= min && input.masteryThreshold <= max)) {
    fail(`The mastery threshold ${input.masteryThreshold} of "${input.title}" is outside its levels (${min}–${max}).`, {
      masteryThreshold: input.masteryThreshold,
    });
  }
  for (const level of input.levels) {
    if (!colourPattern.test(level.colour)) {
      fail(`The colour "${level.colour}" of level ${level.value} is not a #rrggbb colour.`, { colour: level.colour });
    }
  }
}

export type ScaleWithLevels = {
  id: string;
  title: string;
  purpose: ScalesTable['purpose'];
  masteryThreshold: number;
  halfSteps: boolean;
  levels: { value: number; label: string; shortLabel: string; colour: string; description: string }[];
};

/** Every scale with its levels in ascending value, academic scales first. */
export function listScales(reader: GradebookReader): ScaleWithLevels[] {
  const scales = reader.all(
    qb
      .selectFrom('scales')
      .select(['id', 'title', 'purpose', 'mastery_threshold as masteryThreshold', 'half_steps as halfSteps'])
      // academic scales first ('academic' sorts before 'learning_skills'), then oldest first
      .orderBy('purpose')
      .orderBy('created_at')
      .orderBy('title'),
  );
  const levels = reader.all(
    qb
      .selectFrom('scale_levels')
      .select(['scale_id as scaleId', 'value', 'label', 'short_label as shortLabel', 'colour', 'description'])
      .orderBy('value'),
  );
  return scales.map((scale) => ({
    ...scale,
    halfSteps: scale.halfSteps === 1,
    levels: levels.filter((level) => level.scaleId === scale.id).map(({ scaleId: _scaleId, ...level }) => level),
  }));
}

/** The scale a class scores on: its own, else the gradebook's first academic scale. */
export function readClassScale(reader: GradebookReader, scaleId: string | null): ScaleWithLevels {
  const scales = listScales(reader);
  const scale = scales.find((s) => s.id === scaleId) ?? scales.find((s) => s.purpose === 'academic') ?? scales[0];
  if (!scale) throw new GradebookError('not_found', 'This gradebook has no proficiency scale yet.', { scaleId });
  return scale;
}

/**
 * Rewrites a scale and its levels in place (levels matched by value, so a kept level keeps its id).
 * The caller checks that no evidence sits on a level being removed.
 */
export function updateScale(writer: GradebookWriter, scaleId: string, input: NewScale): void {
  checkScale(input);
  const at = nowIso();
  writer.transaction(() => {
    writer.run(
      qb
        .updateTable('scales')
        .set({
          title: input.title,
          purpose: input.purpose,
          mastery_threshold: input.masteryThreshold,
          half_steps: input.halfSteps === true ? 1 : 0,
          updated_at: at,
        })
        .where('id', '=', scaleId),
    );
    const values = input.levels.map((level) => level.value);
    writer.run(qb.deleteFrom('scale_levels').where('scale_id', '=', scaleId).where('value', 'not in', values));
    for (const level of input.levels) {
      writer.run(
        qb
          .insertInto('scale_levels')
          .values({
            id: newId(),
            scale_id: scaleId,
            value: level.value,
            label: level.label,
            short_label: level.shortLabel,
            colour: level.colour,
            description: level.description ?? '',
          })
          .onConflict((oc) =>
            oc.columns(['scale_id', 'value']).doUpdateSet({
              label: level.label,
              short_label: level.shortLabel,
              colour: level.colour,
              description: level.description ?? '',
            }),
          ),
      );
    }
  });
}

/**
 * Evidence recorded at each of the given levels on this scale. A piece of evidence is on its
 * standard's framework's scale, else its class's, else the gradebook's default academic scale. A
 * level with evidence on it must not disappear from its scale.
 */
export function evidenceAtLevels(reader: GradebookReader, scaleId: string, values: readonly number[], defaultScaleId: string | null): Map<number, number> {
  const counts = new Map<number, number>();
  if (values.length === 0) return counts;
  const rows = reader
    .prepare(
      `SELECT e.level AS level, count(*) AS n FROM evidence e
         JOIN classes c ON c.id = e.class_id
         JOIN standards s ON s.id = e.standard_id
         JOIN frameworks f ON f.id = s.framework_id
       WHERE coalesce(f.scale_id, c.scale_id, ?) = ? AND e.deleted_at IS NULL
         AND e.level IN (${values.map(() => '?').join(', ')}) GROUP BY e.level`,
    )
    .all(defaultScaleId, scaleId, ...values) as { level: number; n: number }[];
  for (const row of rows) counts.set(row.level, row.n);
  return counts;
}

/**
 * How many classes and frameworks score on a scale: a class's own scale (or the gradebook's default
 * academic scale for a class with none), and a framework's own scale.
 */
export function scaleUsers(reader: GradebookReader, scaleId: string, defaultScaleId: string | null): { classes: number; frameworks: number } {
  const classes = Number(reader.prepare('SELECT count(*) FROM classes WHERE coalesce(scale_id, ?) = ?').pluck().get(defaultScaleId, scaleId));
  const frameworks = Number(reader.prepare('SELECT count(*) FROM frameworks WHERE scale_id = ?').pluck().get(scaleId));
  return { classes, frameworks };
}

/**
 * Every level evidence sits on, per scale: scale id → level value → pieces of evidence (the same
 * rule as `evidenceAtLevels` for which scale a piece is on). One pass over the evidence, so the
 * scales editor can mark each level in use when it opens.
 */
export function evidenceByScaleLevel(reader: GradebookReader, defaultScaleId: string | null): Map<string, Map<number, number>> {
  const rows = reader
    .prepare(
      `SELECT coalesce(f.scale_id, c.scale_id, ?) AS scaleId, e.level AS level, count(*) AS n FROM evidence e
         JOIN classes c ON c.id = e.class_id
         JOIN standards s ON s.id = e.standard_id
         JOIN frameworks f ON f.id = s.framework_id
       WHERE e.deleted_at IS NULL AND e.level IS NOT NULL GROUP BY 1, 2`,
    )
    .all(defaultScaleId) as { scaleId: string | null; level: number; n: number }[];
  const byScale = new Map<string, Map<number, number>>();
  for (const row of rows) {
    if (row.scaleId === null) continue;
    const counts = byScale.get(row.scaleId) ?? new Map<number, number>();
    counts.set(row.level, row.n);
    byScale.set(row.scaleId, counts);
  }
  return byScale;
}
