import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { reportsChannels, type ClassReport, type ReportCardRule, type ReportFile } from '../../preload/contract/reports.js';
import { reportsSamples } from '../../test/channels/reports.js';
import { demoLookup, sampleContext } from '../../test/channels/samples.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { dispatch } from '../worker/dispatch.js';

const tempDir = useTempDir();
let gradebook: Gradebook;

beforeEach(async () => {
  gradebook = await openGradebook(join(tempDir(), 'demo.proficio'));
  generateDemoGradebook(gradebook.writer, { seed: 7 });
});
afterEach(() => gradebook.close());

describe('reports channels', () => {
  it('answer their sample requests in the contract’s order and refuse the malformed ones', async () => {
    const demo = demoLookup(gradebook);
    for (const channel of Object.keys(reportsChannels) as (keyof typeof reportsChannels)[]) {
      expect(await dispatch(gradebook, channel, reportsSamples[channel].valid(demo), sampleContext(gradebook)), channel).toMatchObject({ ok: true });
      for (const bad of reportsSamples[channel].malformed) expect(await dispatch(gradebook, channel, bad), JSON.stringify(bad)).toMatchObject({ ok: false });
    }
  });

  it('a saved rule is listed, marks the class report, and is gone once deleted', () => {
    const demo = demoLookup(gradebook);
    const saved = dispatch(gradebook, 'reports:saveRule', reportsSamples['reports:saveRule'].valid(demo));
    if (!saved.ok) throw new Error(saved.error.message);
    const rule = saved.value as ReportCardRule;
    expect(rule.scopeTitle).not.toBe('');
    const listed = dispatch(gradebook, 'reports:rules', {});
    expect(listed).toMatchObject({ ok: true, value: [{ ruleId: rule.ruleId, title: 'Fractions', otherwise: 'Not yet' }] });
    const report = dispatch(gradebook, 'reports:classReport', { classId: demo.firstClassId() });
    if (!report.ok) throw new Error(report.error.message);
    const learners = (report.value as ClassReport).learners;
    expect(learners.every((l) => l.marks.length === 1 && /→ (Meets|Not yet)$/.test(l.marks[0]?.explanation ?? ''))).toBe(true);
    expect(gradebook.reader.prepare("SELECT count(*) FROM audit_log WHERE entity = 'report_card_rule'").pluck().get()).toBe(1);

    expect(dispatch(gradebook, 'reports:deleteRule', { ruleId: rule.ruleId })).toMatchObject({ ok: true });
    expect(dispatch(gradebook, 'reports:rules', {})).toMatchObject({ ok: true, value: [] });
    expect(dispatch(gradebook, 'reports:deleteRule', { ruleId: rule.ruleId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a rule for a scope that is not in the gradebook is refused in words, and nothing is stored', () => {
    const answer = dispatch(gradebook, 'reports:saveRule', {
      title: 'Lost',
      scopeId: '01a00b4d-2400-7507-b6ee-92fbcb5cb540',
      marks: [{ mark: 'Meets', conditions: [{ kind: 'none_at_or_below', level: 1 }] }],
      otherwise: 'Not yet',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found', message: 'The cluster or framework this rule marks is not in this gradebook.' } });
    expect(gradebook.reader.prepare('SELECT count(*) FROM report_card_rules').pluck().get()).toBe(0);
  });

  it('exports the current levels as a CSV a spreadsheet opens as UTF-8 (with a BOM)', async () => {
    const demo = demoLookup(gradebook);
    const answer = await dispatch(gradebook, 'reports:export', { filter: { classId: demo.firstClassId() }, format: 'levels' });
    if (!answer.ok) throw new Error(answer.error.message);
    const file = answer.value as ReportFile;
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFclass_code,class_title,learner,learner_sourced_id,standard_code,case_id,level\r\n')).toBe(true);
    expect(file.fileName).toMatch(/-levels\.csv$/);
  });
});
