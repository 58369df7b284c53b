import type { LearnerProfile, StandardStanding } from '../../../preload/contract/learners.js';
import type { Scale } from '../../../preload/contract/scales.js';
import { shortCode } from '../../../preload/contract/standards.js';
import { entryNoun } from './timeline-words.js';

/**
 * What the one-page profile snapshot says, as plain data: headings and lines in the words a family
 * reads at a conference. The PDF writer only lays it out, so this part is tested as text. Pure.
 */

export type SnapshotLine = {
  text: string;
  /** A quieter second part: author, date, status. */
  note?: string;
  /** In the learner's own words: set in italics with a bar. */
  learnerVoice?: boolean;
  /** 0–1: a small progress bar before the text. */
  share?: number;
};

export type SnapshotSection = { heading: string; lines: SnapshotLine[] };

export type ProfileSnapshot = { title: string; subtitle: string; sections: SnapshotSection[]; footer: string };

/** How many lines each section may take, so the whole snapshot fits one page. */
const limits = { domains: 8, gaps: 6, skills: 6, drivers: 8, goals: 3 } as const;

export function profileSnapshot(profile: LearnerProfile, options: { hideSensitive: boolean }): ProfileSnapshot {
  const { learner } = profile;
  const called = learner.preferredName ?? learner.givenName;
  const name = `${called} ${learner.familyName}`;
  const about = [learner.pronouns, learner.gradeLevel ? `grade ${Number(learner.gradeLevel) || learner.gradeLevel}` : null, learner.classes.map((c) => c.title).join(', ') || null]
    .filter(Boolean)
    .join(' · ');
  const sections: SnapshotSection[] = [standingSection(profile), nextStepsSection(profile)];
  if (profile.skills.length > 0) {
    sections.push({
      heading: 'Learning-related skills',
      lines: profile.skills.slice(0, limits.skills).map((s) => ({ text: `${s.statement.split(/[:.]/)[0] ?? s.statement}`, note: levelName(profile.scales, s) })),
    });
  }
  sections.push({
    heading: `What drives ${called}`,
    lines: profile.drivers.length
      ? profile.drivers.slice(0, limits.drivers).map((d) => ({
          text: `${entryNoun(d.category)}: ${d.body}`,
          // a family member's name is a contact's name: screen-share mode hides it like the contacts
          note: d.author === 'learner' ? `in ${called}’s own words` : d.author === 'family' && options.hideSensitive ? 'noted by family' : `noted by ${d.authorName}`,
          learnerVoice: d.author === 'learner',
        }))
      : [{ text: 'Nothing written yet: ask about interests, strengths and what helps.' }],
  });
  sections.push(goalsSection(profile, options.hideSensitive));
  if (options.hideSensitive) {
    sections.push({ heading: 'Supports and family', lines: [{ text: 'Left out of this copy (screen-share mode was on).' }] });
  } else {
    sections.push({
      heading: 'Supports and family',
      lines: [
        ...profile.supports.map((s) => ({ text: `Support: ${s.body}` })),
        ...profile.contacts.map((c) => ({ text: `${c.name} (${c.relationship})`, note: [c.phone, c.email, c.preferredLanguage ? `prefers ${c.preferredLanguage}` : null].filter(Boolean).join(' · ') })),
      ],
    });
  }
  const method = profile.academic[0]?.methodLabel;
  return {
    title: name,
    subtitle: about,
    sections: sections.filter((s) => s.lines.length > 0),
    footer: [`Profile ${profile.asOf ? `as it stood on ${profile.asOf}` : 'today'}`, method ? `levels by the class’s method: ${method}` : null, 'made with Proficio']
      .filter(Boolean)
      .join(' · '),
  };
}

function standingSection(profile: LearnerProfile): SnapshotSection {
  const academic = profile.academic;
  if (academic.length === 0) return { heading: 'Where things stand', lines: [{ text: 'The class tracks no standards yet.' }] };
  const mastered = academic.filter((s) => s.mastered).length;
  const domains = new Map<string, StandardStanding[]>();
  for (const s of academic) {
    const top = s.ancestors.at(-1);
    const key = top ? top.statement : 'Other standards';
    domains.set(key, [...(domains.get(key) ?? []), s]);
  }
  return {
    heading: 'Where things stand',
    lines: [
      { text: `Mastered ${mastered} of ${academic.length} standards`, share: mastered / academic.length },
      ...[...domains].slice(0, limits.domains).map(([domain, list]) => {
        const done = list.filter((s) => s.mastered).length;
        return { text: domain, note: `${done} of ${list.length} mastered`, share: done / list.length };
      }),
    ],
  };
}

function nextStepsSection(profile: LearnerProfile): SnapshotSection {
  const gaps = profile.gaps.slice(0, limits.gaps);
  return {
    heading: 'Next steps',
    lines: gaps.length
      ? gaps.map((g) => ({ text: `${shortCode(g.code) ?? ''} ${g.statement}`.trim(), note: g.reason === 'ready_not_mastered' ? 'ready to work on now' : 'not seen yet' }))
      : [{ text: 'No gaps: every tracked standard is mastered or waiting on an earlier one.' }],
  };
}

function goalsSection(profile: LearnerProfile, hideSensitive: boolean): SnapshotSection {
  const goals = profile.goals.filter((g) => g.status === 'active' || g.status === 'met').slice(0, limits.goals);
  return {
    heading: 'Goals',
    lines: goals.length
      ? goals.flatMap((g) => {
          const status = g.status === 'met' ? 'met' : g.targetOn ? `aiming for ${g.targetOn}` : 'active';
          const done = g.standards.filter((s) => s.mastered).length;
          const line: SnapshotLine = {
            text: g.body,
            note: `${status}${g.standards.length ? ` · ${done} of ${g.standards.length} standards mastered` : ''}`,
            learnerVoice: g.author === 'learner',
            ...(g.progress !== null ? { share: g.progress } : {}),
          };
          const latest = g.reflections[0];
          const by = latest?.author === 'family' && hideSensitive ? 'Family' : latest?.authorName;
          return latest ? [line, { text: `“${latest.body}”`, note: `${by}, ${latest.reflectedOn}`, learnerVoice: latest.author === 'learner' }] : [line];
        })
      : [{ text: 'No goals yet: set one together, linked to a standard from “Next steps”.' }],
  };
}

/** The scale's name for a level ("Proficient"), the nearest level at or below it; "no evidence yet" for none. */
export function levelName(scales: readonly Scale[], standing: Pick<StandardStanding, 'scaleId' | 'level'>): string {
  const { level } = standing;
  if (level === null) return 'no evidence yet';
  const levels = scales.find((s) => s.id === standing.scaleId)?.levels ?? [];
  const below = levels.filter((l) => l.value <= level + 1e-9).sort((a, b) => b.value - a.value)[0];
  return below?.label ?? String(level);
}
