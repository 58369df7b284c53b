import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { deleteSetting, getSetting, setSetting, setSettings } from './settings.js';

const openTemp = useTempGradebook();

describe('settings', () => {
  it('sets, overwrites, reads and deletes a setting', async () => {
    const { writer, reader } = await openTemp();
    expect(getSetting(reader, 'title')).toBeNull();
    setSetting(writer, 'title', 'Room 12');
    setSetting(writer, 'title', 'Room 12 — Fall');
    expect(getSetting(reader, 'title')).toBe('Room 12 — Fall');
    deleteSetting(writer, 'title');
    expect(getSetting(reader, 'title')).toBeNull();
  });

  it('sets several keys together, or none when the surrounding transaction fails', async () => {
    const { writer, reader } = await openTemp();
    setSettings(writer, { title: 'Demo', demo: 'true' });
    expect([getSetting(reader, 'title'), getSetting(reader, 'demo')]).toEqual(['Demo', 'true']);
    expect(() =>
      writer.transaction(() => {
        setSettings(writer, { title: 'Changed', locale: 'es' });
        throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect([getSetting(reader, 'title'), getSetting(reader, 'locale')]).toEqual(['Demo', null]);
  });
});
