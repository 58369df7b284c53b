import { describe, expect, it } from 'vitest';
import { gradebookPathFromArgv, gradebookPathFromSecondInstance, userDataOverride } from './command-line.js';

describe('the command line', () => {
  it('finds the gradebook a file manager or a second launch passes, among Chromium switches', () => {
    expect(gradebookPathFromArgv(['/opt/Proficio/proficio', '/home/t/Year 7.proficio'], '/')).toBe('/home/t/Year 7.proficio');
    expect(
      gradebookPathFromArgv(['/usr/bin/electron', '.', '--allow-file-access-from-files', 'maths.PROFICIO', '--original-process-start-time=1'], '/home/t'),
    ).toBe('/home/t/maths.PROFICIO');
    expect(gradebookPathFromArgv(['/usr/bin/electron', 'out/main/index.js', '--inspect=0'], '/repo')).toBeNull();
    expect(gradebookPathFromArgv(['--user-data-dir=/x.proficio'], '/')).toBeNull();
  });

  it('prefers what the second instance parsed itself, and falls back to the relayed argv', () => {
    expect(gradebookPathFromSecondInstance({ gradebookPath: '/home/t/a.proficio' }, ['x', '/home/t/b.proficio'], '/')).toBe('/home/t/a.proficio');
    expect(gradebookPathFromSecondInstance({ gradebookPath: null }, ['x', '/home/t/b.proficio'], '/')).toBeNull();
    expect(gradebookPathFromSecondInstance(undefined, ['x', 'b.proficio'], '/home/t')).toBe('/home/t/b.proficio');
    // additionalData from another process is untrusted input: anything odd is ignored
    expect(gradebookPathFromSecondInstance({ gradebookPath: 'relative.proficio' }, ['x'], '/')).toBeNull();
    expect(gradebookPathFromSecondInstance({ gradebookPath: '/etc/passwd' }, ['x'], '/')).toBeNull();
    expect(gradebookPathFromSecondInstance({ gradebookPath: 42 }, ['x'], '/')).toBeNull();
  });

  it('lets development and tests choose a throw-away profile, never the packaged app', () => {
    expect(userDataOverride({ PROFICIO_USER_DATA: '/tmp/profile-1' }, false)).toBe('/tmp/profile-1');
    expect(userDataOverride({ PROFICIO_USER_DATA: '/tmp/profile-1' }, true)).toBeNull();
    expect(userDataOverride({ PROFICIO_USER_DATA: '  ' }, false)).toBeNull();
    expect(userDataOverride({}, false)).toBeNull();
  });
});
