import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportSection } from './domain/sections.js';
import { reportXlsx } from './report-xlsx.js';

const colours = new Map([
  [1, '#5D1B16'],
  [2, '#F2C14E'],
  [3, '#2C72A3'],
  [4, '#1B5E20'],
]);

const sections: ReportSection[] = [
  {
    name: 'levels',
    title: 'Current levels',
    columns: ['class_code', 'learner', 'standard_code', 'level'],
    rows: [
      ['MATH5-01', 'Ana Lima', '5.NF.A.1', 3],
      ['MATH5-01', 'Bảo Đặng & <Co>', '5.NF.A.2', 1],
      ['MATH5-01', 'Zoë "Z" Ortiz', '5.NF.A.1', null],
    ],
    levelColumn: 3,
  },
  { name: 'feedback', title: 'Feedback: turnaround / days?', columns: ['class_code', 'median_days'], rows: [['MATH5-01', 2.5]] },
];

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX export', () => {
  it('re-read with exceljs: a sheet per section, frozen bold headers, every cell as written, levels in their colours', async () => {
    const workbook = await reread(await reportXlsx(sections, colours));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Current levels', 'Feedback  turnaround   days ']);
    const levels = workbook.getWorksheet('Current levels');
    if (!levels) throw new Error('no levels sheet');
    expect(levels.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(levels.getRow(1).values).toEqual([undefined, 'class_code', 'learner', 'standard_code', 'level']);
    expect(levels.getCell('A1').font?.bold).toBe(true);
    for (const [r, row] of (sections[0]?.rows ?? []).entries()) {
      for (const [c, value] of row.entries()) expect(levels.getCell(r + 2, c + 1).value ?? null, `${r},${c}`).toEqual(value);
    }
    expect(levels.getCell('D2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2C72A3' } });
    expect(levels.getCell('D3').fill).toMatchObject({ fgColor: { argb: 'FF5D1B16' } });
    expect(levels.getCell('D3').font?.color?.argb).toBe('FFFFFFFF'); // white on the dark red
    expect(levels.getCell('C2').fill?.type === 'pattern' && 'fgColor' in levels.getCell('C2').fill).toBe(false);
    const feedback = workbook.worksheets[1];
    expect(feedback?.getCell('B2').value).toBe(2.5);
  });
});
