import { describe, expect, it } from 'vitest';
import { compareNames, learnerName } from './learner-name.js';

describe('learner names', () => {
  it('uses the preferred first name and keeps the roster name beside it', () => {
    expect(learnerName({ givenName: 'Sofía', familyName: 'Ramírez', preferredName: 'Sofi' })).toMatchObject({
      display: 'Sofi Ramírez',
      rosterFirstName: 'Sofía',
    });
  });

  it('shows the given name alone when there is no other preferred name', () => {
    for (const preferredName of [null, '', '  ', 'Amara']) {
      expect(learnerName({ givenName: 'Amara', familyName: 'Okafor', preferredName })).toMatchObject({
        display: 'Amara Okafor',
        rosterFirstName: null,
      });
    }
  });

  it('sorts by family name, ignoring accents and case', () => {
    const names = [
      learnerName({ givenName: 'Luis', familyName: 'Ramos', preferredName: null }),
      learnerName({ givenName: 'Ana', familyName: 'ramírez', preferredName: null }),
      learnerName({ givenName: 'Zoe', familyName: 'Abbott', preferredName: null }),
    ];
    expect(names.sort(compareNames).map((name) => name.display)).toEqual(['Zoe Abbott', 'Ana ramírez', 'Luis Ramos']);
  });
});
