/**
 * Every label of the family report, in each language it is written in. Written by people and kept in
 * the project: nothing is machine-translated at run time. Standards' statements are the framework's
 * own text and are shown as the school has them.
 */
export const familyLanguages = ['en', 'es'] as const;
export type FamilyLanguage = (typeof familyLanguages)[number];

/** Where a level sits on its scale, whatever the scale's own labels: what a family is told. */
export type LevelBand = 'none' | 'beginning' | 'developing' | 'proficient' | 'extending';

export type FamilyWords = {
  title: string;
  asOf: (date: string) => string;
  classLine: (className: string) => string;
  whereTheyStand: (name: string) => string;
  summary: (name: string, mastered: number, tracked: number) => string;
  levels: Record<LevelBand, string>;
  goals: string;
  noGoals: string;
  target: (date: string) => string;
  goalStatus: Record<'active' | 'met' | 'revised' | 'dropped', string>;
  reflection: (date: string, who: string) => string;
  next: string;
  nextNone: string;
  nextReady: string;
  comment: string;
  page: (n: number, of: number) => string;
  footer: string;
};

export const familyWords: Record<FamilyLanguage, FamilyWords> = {
  en: {
    title: 'Progress report',
    asOf: (date) => `As of ${date}`,
    classLine: (className) => `Class: ${className}`,
    whereTheyStand: (name) => `Where ${name} is now`,
    summary: (name, mastered, tracked) => `${name} can do ${mastered} of the ${tracked} things this class is learning on their own.`,
    levels: {
      none: 'Not seen yet: no work on this yet',
      beginning: 'Beginning: is starting to learn this, with help',
      developing: 'Developing: can do parts of this, with some help',
      proficient: 'Proficient: can do this on their own',
      extending: 'Extending: can use this in new, harder ways',
    },
    goals: 'Goals',
    noGoals: 'No goals set yet.',
    target: (date) => `aim: by ${date}`,
    goalStatus: { active: 'working on it', met: 'met', revised: 'changed', dropped: 'set aside' },
    reflection: (date, who) => `${who}, ${date}:`,
    next: 'What comes next',
    nextNone: 'Keep practising what has been learned so far.',
    nextReady: 'Ready to learn next:',
    comment: 'A note from the teacher',
    page: (n, of) => `Page ${n} of ${of}`,
    footer: 'Levels come from the work your child has shown in class. Please ask the teacher about anything on this page.',
  },
  es: {
    title: 'Informe de progreso',
    asOf: (date) => `Al ${date}`,
    classLine: (className) => `Clase: ${className}`,
    whereTheyStand: (name) => `Dónde está ${name} ahora`,
    summary: (name, mastered, tracked) => `${name} puede hacer por su cuenta ${mastered} de las ${tracked} cosas que esta clase está aprendiendo.`,
    levels: {
      none: 'Todavía sin ver: aún no hay trabajo sobre esto',
      beginning: 'Inicial: está empezando a aprender esto, con ayuda',
      developing: 'En desarrollo: puede hacer partes de esto, con algo de ayuda',
      proficient: 'Competente: puede hacerlo por su cuenta',
      extending: 'Avanzado: puede usarlo de formas nuevas y más difíciles',
    },
    goals: 'Metas',
    noGoals: 'Todavía no hay metas.',
    target: (date) => `meta: para el ${date}`,
    goalStatus: { active: 'en eso', met: 'lograda', revised: 'cambiada', dropped: 'dejada de lado' },
    reflection: (date, who) => `${who}, ${date}:`,
    next: 'Lo que sigue',
    nextNone: 'Seguir practicando lo aprendido hasta ahora.',
    nextReady: 'Listo para aprender a continuación:',
    comment: 'Una nota del docente',
    page: (n, of) => `Página ${n} de ${of}`,
    footer: 'Los niveles vienen del trabajo que su hijo o hija ha mostrado en clase. Pregunte al docente sobre cualquier cosa de esta página.',
  },
};

/**
 * The band of a level on a scale: below the threshold, the lowest level is "beginning" and the rest
 * "developing"; at the threshold "proficient"; above it "extending".
 */
export function levelBand(level: number | null, scale: { levels: readonly number[]; threshold: number }): LevelBand {
  if (level === null) return 'none';
  if (level >= scale.threshold) return level > scale.threshold ? 'extending' : 'proficient';
  const lowest = Math.min(...scale.levels);
  return level <= lowest ? 'beginning' : 'developing';
}

/** The language for a family: the one asked for, else the contact's preferred one when the report speaks it, else English. */
export function familyLanguageFor(asked: FamilyLanguage | undefined, preferred: readonly (string | null)[]): FamilyLanguage {
  if (asked) return asked;
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split(/[-_]/)[0];
    const found = familyLanguages.find((language) => language === base);
    if (found) return found;
  }
  return 'en';
}
