import type { EvidenceSource } from '../../preload/contract/vocabulary.js';

/**
 * The words on demo evidence: an educator's feedback by level, and where anytime-anywhere evidence came
 * from. All written for Proficio. `{topic}` is replaced by the standard's topic once per standard,
 * so the hot loop only picks from ready strings.
 */

const feedbackByLevel: readonly (readonly string[])[] = [
  [
    "You have made a start on {topic}. Let's do one example side by side, then you try the next one.",
    'I can see you tried {topic}. Next step: draw a model before you calculate.',
    "Not there yet on {topic}, and that's fine. Bring this to small group on Thursday and we'll build it up together.",
  ],
  [
    'Getting closer on {topic}: most steps are right. Check the last two problems against your model.',
    'Good progress on {topic}. Write one sentence about your strategy so I can see your thinking.',
    'You can do the simpler ones on {topic}. Try the two-step practice set next.',
  ],
  [
    'Proficient on {topic}: your model and your equation match. Nice work.',
    'Solid, independent work on {topic}. Explain it to a partner to make it stick.',
    "You've shown {topic} on your own. Ready for a challenge problem?",
  ],
  [
    'Excellent: you took {topic} into a new problem and explained why it works.',
    'You went beyond the target on {topic}. Could you write a challenge question for the class?',
    'Impressive reasoning on {topic}: you found a second strategy and compared the two.',
  ],
];

const skillFeedbackByLevel: readonly (readonly string[])[] = [
  [
    "Showing {topic} was hard today. Let's choose one strategy from your plan card to try this week.",
    'I noticed you stopped when things got tough. Next time, try the first step of your {topic} plan.',
  ],
  [
    'You showed {topic} some of the time today. What helped when it went well?',
    'Growing in {topic}: you got back on track after one reminder.',
  ],
  [
    'Strong {topic} today, with no reminders needed. Keep it up.',
    'You showed {topic} most of the time. What will you try next to make it a habit?',
  ],
  [
    'You showed {topic} all the way through and helped others do the same.',
    'A model of {topic}: you kept others going when things got hard.',
  ],
];

export const absentNote = "Absent on the day; we'll find a time for this task this week.";

const outsideClass: Readonly<Record<Exclude<EvidenceSource, 'class'>, readonly string[]>> = {
  self: [
    'Self-assessment after the lesson on {topic}',
    'Rated own work on {topic} against the success criteria',
    'Exit reflection: "How sure am I about {topic}?"',
  ],
  peer: ['Partner review of practice on {topic}', 'Peer feedback during a gallery walk ({topic})', 'Math-talk partner check on {topic}'],
  family: [
    'Reported by family: used {topic} while cooking at home',
    'Family game night, a card game that practises {topic}',
    'Grocery shopping with family, working out {topic}',
  ],
  community: [
    'Library maker club challenge on {topic}',
    'Community garden volunteering: {topic} while planning the beds',
    'After-school robotics club used {topic}',
    'Youth basketball league: kept team statistics ({topic})',
  ],
  online: ['Online practice set on {topic} in the school math app', 'Video lesson and quiz on {topic}, done at home', 'Adaptive practice at home: {topic}'],
};

const outsideClassSkills: typeof outsideClass = {
  self: ['Self-reflection on {topic} after group work', 'Weekly goal check-in on {topic}', 'Rated own {topic} with the class rubric'],
  peer: ["Group members' feedback on {topic}", 'Partner rating of {topic} during the project'],
  family: ['Family noticed {topic} while finishing homework', 'Reported by family: {topic} during a long puzzle at home'],
  community: ["Coach's note on {topic} at youth soccer practice", "Club leader's note on {topic} at the library maker club"],
  online: ['Entry on {topic} in the online learning journal', 'Kept going with an online practice set to the end ({topic})'],
};

export type StandardTexts = {
  /** Feedback choices for levels 1–4 (index 0–3). */
  feedback: readonly (readonly string[])[];
  sources: Readonly<Record<Exclude<EvidenceSource, 'class'>, readonly string[]>>;
};

/** The ready-made texts for one standard; a learning skill gets its own, as "working out perseverance" would read oddly. */
export function textsFor(topic: string, isSkill: boolean): StandardTexts {
  const fill = (template: string): string => template.replaceAll('{topic}', topic);
  const sources = isSkill ? outsideClassSkills : outsideClass;
  return {
    feedback: (isSkill ? skillFeedbackByLevel : feedbackByLevel).map((choices) => choices.map(fill)),
    sources: {
      self: sources.self.map(fill),
      peer: sources.peer.map(fill),
      family: sources.family.map(fill),
      community: sources.community.map(fill),
      online: sources.online.map(fill),
    },
  };
}
