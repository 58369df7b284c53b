import { describe, expect, it } from 'vitest';
import { plainCsv, sectionCsv } from './csv.js';

describe('report CSV', () => {
  it('starts with a BOM, quotes what needs it, and keeps a cell from becoming a spreadsheet formula', () => {
    const csv = sectionCsv({ name: 'x', title: 'X', columns: ['learner', 'note', 'level'], rows: [['=HYPERLINK("http://x")', 'a, "b"', 3], ['-2', null, -1]] });
    expect(csv).toBe('\uFEFFlearner,note,level\r\n"\'=HYPERLINK(""http://x"")","a, ""b""",3\r\n\'-2,,-1\r\n');
  });

  it('plain CSV for other systems keeps values exactly, with no BOM', () => {
    expect(plainCsv([['sourcedId', 'score'], ['-abc', 2.5]])).toBe('sourcedId,score\r\n-abc,2.5\r\n');
  });
});
