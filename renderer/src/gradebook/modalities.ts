/** Modalities as the gradebook stores them (DOMAIN.md: multiple instructional methods). */
export const modalities = {
  direct_instruction: 'Direct instruction',
  small_group: 'Small group',
  digital: 'Digital',
  project: 'Project',
  community: 'Community',
  independent: 'Independent practice',
} as const;

