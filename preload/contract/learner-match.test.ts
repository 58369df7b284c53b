import { describe, expect, it } from 'vitest';
import { foldName, indexLearners, matchLearners, type PickerLearner } from './learner-match.js';

const learner = (learnerId: string, givenName: string, familyName: string, preferredName: string | null = null): PickerLearner => ({
  learnerId,
  givenName,
  familyName,
  preferredName,
});

const roster = [
  learner('jose', 'José', 'Ramírez'),
  learner('josie', 'Josephine', 'Okafor', 'Josie'),
  learner('ana', 'Ana', 'Sjöberg'),
  learner('zoe', 'Zoë', "O'Connor-Łukasik"),
  learner('mara', 'Mara', 'Josten'),
];
const index = indexLearners(roster);
const ids = (query: string) => matchLearners(index, query).map((found) => found.learnerId);

describe('folding names for search', () => {
  it('drops case, accents and marks, and turns apostrophes and hyphens into spaces', () => {
    expect(foldName('José')).toBe('jose');
    expect(foldName('  ZOË  ')).toBe('zoe');
    expect(foldName("O'Connor-Łukasik")).toBe('o connor lukasik');
    expect(foldName('Straße Ærø')).toBe('strasse aero');
    // a decomposed é (e + combining acute) folds the same as the composed one
    expect(foldName('Jose\u0301')).toBe(foldName('Jos\u00e9'));
  });
});

describe('matching learners by any part of a name', () => {
  it('finds José from "jose", and Zoë from "zoe", ignoring accents either way', () => {
    expect(ids('jose')).toContain('jose');
    expect(ids('JOSÉ')).toContain('jose');
    expect(ids('zoe')).toEqual(['zoe']);
    expect(ids('sjoberg')).toEqual(['ana']);
    expect(ids('lukasik')).toEqual(['zoe']);
    expect(ids('oconnor')).toEqual([]);
    expect(ids('o connor')).toEqual(['zoe']);
  });

  it('finds a part inside a name, the preferred name, and words in any order', () => {
    expect(ids('mire')).toEqual(['jose']);
    expect(ids('josie')).toEqual(['josie']);
    expect(ids('ramirez jose')).toEqual(['jose']);
    expect(ids('ana nobody')).toEqual([]);
  });

  it('puts a whole name part before a name that starts with it, and that before one containing it', () => {
    // "jose" is José's whole first name, starts Josephine/Josie, and sits inside nobody else but
    // "Josten" starts with "jos" only, not "jose"
    expect(ids('jose')).toEqual(['jose', 'josie']);
    expect(ids('jos')).toEqual(['jose', 'josie', 'mara']);
    expect(ids('ana')).toEqual(['ana']);
  });

  it('matches nobody for an empty or blank query, and keeps to the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  -  ')).toEqual([]);
    expect(matchLearners(index, 'o', 2)).toHaveLength(2);
  });

  it('searches a thousand learners and returns the one asked for', () => {
    const many = Array.from({ length: 1000 }, (_, n) => learner(`l${n}`, `Given${n}`, `Family${n}`));
    many[777] = learner('l777', 'Dolorès', 'Nguyễn');
    const big = indexLearners(many);
    expect(matchLearners(big, 'nguyen dolores').map((found) => found.learnerId)).toEqual(['l777']);
    expect(matchLearners(big, 'family99', 100).map((found) => found.learnerId)).toEqual(['l99', ...Array.from({ length: 10 }, (_, n) => `l${990 + n}`)]);
  });
});
