import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      NODE_ENV: 'development',
      CORS_ORIGINS: [],
      EMBEDDED_PG_PORT: 0,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('parses numbers and lists', () => {
    const config = loadConfig({ PORT: '8080', CORS_ORIGINS: 'https://a.gov.vn, https://b.gov.vn' });
    expect(config.PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(['https://a.gov.vn', 'https://b.gov.vn']);
  });

  it('refuses bad values with one line naming each variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://host/db', MIGRATIONS_RUN: 'sometimes' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL must look like postgres://');
    expect(message).toContain('MIGRATIONS_RUN');
  });

  it('refuses the demo dataset in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' })).toThrow(
      'Invalid configuration: DEMO_DATA=on is refused in production',
    );
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'off' }).DEMO_DATA).toBe('off');
  });

  it('reads authentication settings', () => {
    const config = loadConfig({
      MFA_REQUIRED_ROLES: 'system_admin',
      ENCRYPTION_KEYS: `k2:${Buffer.alloc(32, 2).toString('base64')},k1:${Buffer.alloc(32, 1).toString('base64')}`,
    });
    expect(config.MFA_REQUIRED_ROLES).toEqual(['system_admin']);
    expect(config.ENCRYPTION_KEYS).toHaveLength(2);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32/);
    expect(() => loadConfig({ ENCRYPTION_KEYS: 'k1:nope' })).toThrow(/ENCRYPTION_KEYS must be/);
  });

  it('puts DATABASE_PASSWORD into DATABASE_URL percent-encoded, whatever it holds', () => {
    const password = 'p@ss:w/rd%41#?&=+ é';
    const config = loadConfig({
      DATABASE_URL: 'postgres://bvte_app@postgres:5432/bvte',
      DATABASE_PASSWORD: password,
    });
    const url = new URL(config.DATABASE_URL!);
    expect(url.username).toBe('bvte_app');
    expect(url.host).toBe('postgres:5432');
    expect(url.pathname).toBe('/bvte');
    expect(decodeURIComponent(url.password)).toBe(password);
    expect(() => loadConfig({ DATABASE_PASSWORD: 'x' })).toThrow(
      'Invalid configuration: DATABASE_PASSWORD is set without DATABASE_URL',
    );
  });
});
