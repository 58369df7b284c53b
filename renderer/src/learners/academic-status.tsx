import type { JSX } from 'react';
import type { LearnerProfile, StandardStanding } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';
import { Button } from '../ui/button.js';
import type { ProfileScales } from './profile-scales.js';
import { StandingGroups, StandingRow } from './standing-list.js';
import { gapsWithStandings } from './standing-groups.js';

type Props = {
  profile: LearnerProfile;
  scales: ProfileScales;
  firstName: string;
  onOpen: (standing: StandardStanding) => void;
  onChooseStandards: () => void;
};

/**
 * Where the learner stands on every tracked standard: the gaps first (ready to learn but not mastered,
 * or never assessed), then every standard under its domain and cluster. Learning-related skills are a
 * section of their own (`SkillsStatus`), never mixed in here.
 */
export function AcademicStatus({ profile, scales, firstName, onOpen, onChooseStandards }: Props): JSX.Element {
  const gaps = gapsWithStandings(profile.gaps, profile.academic);
  const mastered = profile.academic.filter((standing) => standing.mastered).length;
  return (
    <section className="profile-card" aria-labelledby="profile-academic">
      <div className="profile-card__head">
        <h2 id="profile-academic" className="profile-card__title">
          Academic status
        </h2>
        {profile.academic.length > 0 && (
          <p className="profile-card__meta">
            {mastered} of {plural(profile.academic.length, 'tracked standard')} mastered
          </p>
        )}
      </div>
      {profile.academic.length === 0 ? (
        <div className="profile-empty">
          <p>This class tracks no standards yet, so there is nothing to show here. Once it does, {firstName}’s level on each appears here, worked out from the evidence.</p>
          <Button small onClick={onChooseStandards}>
            Choose the class’s standards
          </Button>
        </div>
      ) : (
        <>
          <h3 className="profile-card__subtitle">To work on next</h3>
          {gaps.length === 0 ? (
            <p className="profile-empty">No gaps: every tracked standard is mastered or still waiting on what comes before it.</p>
          ) : (
            <ul className="standing-list standing-list--gaps" aria-label="Gaps, to work on next">
              {gaps.map(({ gap, standing }) =>
                standing ? (
                  <StandingRow key={gap.standardId} standing={standing} scales={scales} gap={gap} onOpen={onOpen} />
                ) : (
                  <li key={gap.standardId} className="standing standing--bare">
                    {gap.code ?? ''} {gap.statement}
                  </li>
                ),
              )}
            </ul>
          )}
          <h3 className="profile-card__subtitle">Every tracked standard</h3>
          <StandingGroups standings={profile.academic} scales={scales} onOpen={onOpen} label="Every tracked standard, by domain and cluster" />
        </>
      )}
    </section>
  );
}

/** Habits of work, collaboration, self-direction…: on the skills scale, apart from academic mastery. */
export function SkillsStatus({ profile, scales, onOpen }: Pick<Props, 'profile' | 'scales' | 'onOpen'>): JSX.Element {
  return (
    <section className="profile-card" aria-labelledby="profile-skills">
      <div className="profile-card__head">
        <h2 id="profile-skills" className="profile-card__title">
          Learning-related skills
        </h2>
        <p className="profile-card__meta">Habits of work, collaboration, self-direction — kept apart from academic mastery</p>
      </div>
      {profile.skills.length === 0 ? (
        <p className="profile-empty">This class tracks no learning-related skills. A school adds them as standards on a learning-skills scale.</p>
      ) : (
        <StandingGroups standings={profile.skills} scales={scales} onOpen={onOpen} label="Learning-related skills" />
      )}
    </section>
  );
}
