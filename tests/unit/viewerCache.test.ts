import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/auth/viewer';
import { ViewerCache } from '../../server/auth/viewerCache';

const viewer: Viewer = {
  id: 'u1',
  sessionId: 's1',
  name: 'Editor',
  roles: ['MUNICIPALITY_EDITOR'],
  municipalityId: 'GM0344',
  editableMunicipalityIds: ['GM0344'],
  taskforceIds: [],
};
const at = Date.parse('2026-12-03T10:00:00Z');

/** A cache and a resolver that counts its calls. */
function setUp(expiresAt = new Date(at + 3_600_000)) {
  const cache = new ViewerCache();
  let resolved = 0;
  const resolve = async () => {
    resolved += 1;
    return { viewer, expiresAt };
  };
  return { cache, resolve, resolutions: () => resolved };
}

describe('ViewerCache', () => {
  it('resolves a token once while the accounts counter holds', async () => {
    const { cache, resolve, resolutions } = setUp();
    const versions = new Map([['accounts', 4]]);
    expect((await cache.resolve('token', versions, resolve, at))?.viewer).toBe(viewer);
    expect((await cache.resolve('token', versions, resolve, at + 1000))?.viewer).toBe(viewer);
    expect(resolutions()).toBe(1);
    await cache.resolve('token', new Map([['accounts', 5]]), resolve, at + 2000);
    expect(resolutions()).toBe(2);
  });

  it('resolves again after a minute, and refuses a token past its expiry without asking', async () => {
    const { cache, resolve, resolutions } = setUp(new Date(at + 90_000));
    const versions = new Map([['accounts', 1]]);
    await cache.resolve('token', versions, resolve, at);
    await cache.resolve('token', versions, resolve, at + 61_000);
    expect(resolutions()).toBe(2);
    const gone = async () => null;
    expect(await cache.resolve('token', versions, gone, at + 91_000)).toBeNull();
  });

  it('keeps no unknown token', async () => {
    const cache = new ViewerCache();
    let asked = 0;
    const unknown = async () => {
      asked += 1;
      return null;
    };
    const versions = new Map([['accounts', 1]]);
    expect(await cache.resolve('guess', versions, unknown, at)).toBeNull();
    expect(await cache.resolve('guess', versions, unknown, at)).toBeNull();
    expect(asked).toBe(2);
    expect(cache.knows('guess', at)).toBe(false);
  });

  it('knows a token resolved within the minute, also after the counter moved', async () => {
    const { cache, resolve } = setUp();
    expect(cache.knows('token', at)).toBe(false);
    await cache.resolve('token', new Map([['accounts', 1]]), resolve, at);
    expect(cache.knows('token', at + 59_000)).toBe(true);
    expect(cache.knows('token', at + 61_000)).toBe(false);
    expect(cache.knows('other', at)).toBe(false);
  });
});
