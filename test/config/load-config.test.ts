import { DEFAULT_SQLITE_FILE, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file, port 4000, no admin token and an in-memory cache', () => {
    expect(loadConfig({})).toEqual({
      database: { type: 'sqlite', file: DEFAULT_SQLITE_FILE },
      port: 4000,
      adminToken: null,
      redisUrl: null,
    });
  });

  it('reads MySQL/MariaDB URLs, an absolute SQLite path, the port, the token and Redis', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://user:pw@db:3306/ofsted' }).database).toEqual({
      type: 'mysql',
      url: 'mysql://user:pw@db:3306/ofsted',
    });
    expect(loadConfig({ DATABASE_URL: 'mariadb://db/ofsted' }).database).toEqual({ type: 'mysql', url: 'mysql://db/ofsted' });
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/og.sqlite' }).database).toEqual({ type: 'sqlite', file: '/var/lib/og.sqlite' });
    const config = loadConfig({ PORT: '8080', ADMIN_TOKEN: ' s3cret ', REDIS_URL: 'redis://cache:6379' });
    expect(config).toMatchObject({ port: 8080, adminToken: 's3cret', redisUrl: 'redis://cache:6379' });
  });

  it.each([
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a URL/],
    [{ DATABASE_URL: 'postgres://db/x' }, /must start with mysql:\/\//],
    [{ DATABASE_URL: 'mysql://db:3306' }, /must name a database/],
    [{ DATABASE_URL: 'sqlite://./relative.sqlite' }, /absolute path/],
    [{ DATABASE_URL: 'sqlite:///' }, /must name a file/],
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
