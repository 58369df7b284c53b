import { describe, expect, it } from 'vitest';
import { hubPassword, parseHubAddress } from './hub-address.js';

describe('a hub address', () => {
  it('reads user, host, port and database; a socket folder given as ?host= is local', () => {
    expect(parseHubAddress('postgres://ms_lee@localhost:5433/proficio?host=/run/postgresql', {})).toMatchObject({
      host: '/run/postgresql',
      port: 5433,
      database: 'proficio',
      user: 'ms_lee',
      local: true,
      ssl: false,
      shown: 'ms_lee@/run/postgresql:5433/proficio',
    });
  });

  it('refuses a password in the address, without repeating it', () => {
    let message = '';
    try {
      parseHubAddress('postgres://ms_lee:hunter2@hub.school.org/proficio', {});
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Leave the password out of the hub address');
    expect(message).not.toContain('hunter2');
  });

  it('requires TLS with the certificate checked when the hub is across the network', () => {
    expect(parseHubAddress('postgres://ms_lee@hub.school.org/proficio', {}).ssl).toEqual({ rejectUnauthorized: true });
    expect(parseHubAddress('postgres://ms_lee@hub.school.org/proficio?sslmode=require', {}).ssl).toEqual({ rejectUnauthorized: true });
    for (const mode of ['disable', 'allow', 'prefer']) {
      expect(() => parseHubAddress(`postgres://ms_lee@hub.school.org/proficio?sslmode=${mode}`, {})).toThrow(/must be encrypted/);
    }
    expect(parseHubAddress('postgres://ms_lee@127.0.0.1/proficio?sslmode=disable', {}).ssl).toBe(false);
  });

  it('says what is wrong with an address that is not one', () => {
    expect(() => parseHubAddress('hub.school.org', {})).toThrow(/not a hub address/);
    expect(() => parseHubAddress('https://hub.school.org/proficio', {})).toThrow(/starts with postgres:\/\//);
    expect(() => parseHubAddress('postgres://ms_lee@hub.school.org', {})).toThrow(/names no database/);
  });
});

describe('a hub password', () => {
  const address = parseHubAddress('postgres://ms_lee@hub.school.org:5432/proficio', {});
  const pgpass = ['# the school hub', 'other.host:*:*:*:nope', 'hub.school.org:5432:proficio:ms_lee:pa\\:ss', '*:*:*:*:fallback'].join('\n');

  it('comes from PGPASSWORD first', () => {
    expect(hubPassword(address, { PGPASSWORD: 'from-env', HOME: '/home/x' }, () => pgpass)).toBe('from-env');
  });

  it('else from the first matching line of .pgpass (PGPASSFILE, else ~/.pgpass), with escapes', () => {
    const read = (path: string) => (path === '/home/x/.pgpass' ? pgpass : null);
    expect(hubPassword(address, { HOME: '/home/x' }, read)).toBe('pa:ss');
    expect(hubPassword(address, { PGPASSFILE: '/elsewhere' }, read)).toBeUndefined();
    const other = parseHubAddress('postgres://coach@hub.school.org/proficio', {});
    expect(hubPassword(other, { HOME: '/home/x' }, read)).toBe('fallback');
  });

  it('a socket connection matches .pgpass lines for localhost', () => {
    const socket = parseHubAddress('postgres://ms_lee@localhost/proficio?host=/run/postgresql', {});
    expect(hubPassword(socket, { HOME: '/h' }, () => 'localhost:5432:proficio:ms_lee:local-secret')).toBe('local-secret');
  });
});
