import { describe, expect, it } from 'vitest';
import { appLayout } from './app-layout.js';
import { copyPathFor, defaultGradebookPath, withGradebookExtension, windowTitle } from './gradebook-files.js';

describe('gradebook files', () => {
  it('titles the window with the gradebook title, else its file name', () => {
    expect(windowTitle(null)).toBe('Proficio');
    expect(windowTitle({ path: '/g/My gradebook.proficio', title: 'Riverside Middle School 2026–27' })).toBe(
      'Proficio — Riverside Middle School 2026–27',
    );
    expect(windowTitle({ path: '/g/My gradebook.proficio', title: null })).toBe('Proficio — My gradebook');
    expect(windowTitle({ path: '/g/Year 7.PROFICIO', title: '   ' })).toBe('Proficio — Year 7');
    expect(windowTitle({ path: '/g/Year 7.proficio', title: null, readOnly: { reason: 'in_use' } })).toBe('Proficio — Year 7 (read only)');
    expect(windowTitle({ path: '/g/Year 7.proficio', title: null, readOnly: null })).toBe('Proficio — Year 7');
  });

  it('adds the extension a save dialog left off, once', () => {
    expect(withGradebookExtension('/g/Year 8')).toBe('/g/Year 8.proficio');
    expect(withGradebookExtension('/g/Year 8.proficio')).toBe('/g/Year 8.proficio');
    expect(withGradebookExtension('/g/v1.2')).toBe('/g/v1.2.proficio');
  });

  it('puts the first gradebook and copies where a teacher would look', () => {
    expect(defaultGradebookPath('/home/t/.config/Proficio')).toBe('/home/t/.config/Proficio/Gradebooks/My gradebook.proficio');
    expect(copyPathFor('/home/t/Year 7.proficio')).toBe('/home/t/Year 7 copy.proficio');
  });
});

describe('app layout', () => {
  it('finds preload and renderer next to the main bundle, packaged or not', () => {
    expect(appLayout('file:///opt/Proficio/resources/app.asar/out/main/index.js')).toEqual({
      root: '/opt/Proficio/resources/app.asar/',
      preload: '/opt/Proficio/resources/app.asar/out/preload/index.cjs',
      rendererIndex: '/opt/Proficio/resources/app.asar/out/renderer/index.html',
      windowIcon: '/opt/Proficio/resources/app.asar/out/renderer/icon-512.png',
    });
    expect(appLayout('file:///home/t/My%20Code/proficio/out/main/index.js').rendererIndex).toBe(
      '/home/t/My Code/proficio/out/renderer/index.html',
    );
  });
});
