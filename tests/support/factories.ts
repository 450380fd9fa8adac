import { randomUUID } from 'node:crypto';
import type { Types } from 'mongoose';
import { hashPassword } from '../../server/auth/password';
import { createSession } from '../../server/auth/session';
import type { Models } from '../../server/db/models';
import { municipalitySearchName, type MunicipalityRecord } from '../../server/db/models/Municipality';
import { standardSearchText, type StandardRecord } from '../../server/db/models/Standard';
import type { Role } from '../../server/db/models/User';

/** The password of every user a factory makes. */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** Inserts a real municipality (Utrecht unless overridden) and returns it. */
export async function buildMunicipality(
  models: Models,
  overrides: Partial<MunicipalityRecord> = {},
): Promise<MunicipalityRecord> {
  const record = {
    _id: 'GM0344',
    cbsNumber: '0344',
    name: 'Utrecht',
    officialName: 'Utrecht',
    provinceCode: 'PV26',
    province: 'Utrecht',
    lat: 52.08,
    lon: 5.1,
    ...overrides,
  };
  const searchName = municipalitySearchName(record.name);
  await models.Municipality.updateOne(
    { _id: record._id },
    { $set: { ...record, searchName } },
    { upsert: true },
  );
  return (await models.Municipality.findById(record._id).lean()) as MunicipalityRecord;
}

/** A user signed in through a real session: `token` works as a Bearer token. */
export interface SignedInUser {
  id: string;
  _id: Types.ObjectId;
  email: string;
  token: string;
}

/** Inserts a user with `roles` and signs them in. */
export async function buildUser(
  models: Models,
  options: { roles?: Role[]; municipalityId?: string; name?: string; cooperationId?: Types.ObjectId } = {},
): Promise<SignedInUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `user-${randomUUID().slice(0, 8)}@test.koers.example`;
  const user = await models.User.create({
    email,
    name: options.name ?? 'Test Gebruiker',
    passwordHash: await passwordHash,
    roles: options.roles ?? [],
    municipalityId: options.municipalityId ?? null,
    cooperationId: options.cooperationId ?? null,
  });
  const { token } = await createSession(models, user._id, 1);
  return { id: String(user._id), _id: user._id, email, token };
}

/** An editor for `municipalityId` (Utrecht by default). */
export function buildEditor(models: Models, municipalityId = 'GM0344'): Promise<SignedInUser> {
  return buildUser(models, { roles: ['MUNICIPALITY_EDITOR'], municipalityId });
}

/** A taskforce with these members. */
export async function buildTaskforce(models: Models, members: SignedInUser[] = [], name = 'Taskforce Test') {
  return models.Taskforce.create({ name, memberIds: members.map((m) => m._id) });
}

/** Inserts a standard with a unique slug unless overridden. */
export async function buildStandard(
  models: Models,
  overrides: Partial<StandardRecord> = {},
): Promise<StandardRecord> {
  const slug = overrides.slug ?? `test-standaard-${randomUUID().slice(0, 8)}`;
  const name = overrides.name ?? `Test Standaard ${slug.slice(-8)}`;
  const created = await models.Standard.create({
    slug,
    name,
    category: 'API_STANDARD',
    lifecycle: 'ESTABLISHED',
    summary: '',
    searchText: standardSearchText({ name, slug }),
    ...overrides,
  });
  return created.toObject() as StandardRecord;
}

/** A cooperation of these municipalities. */
export async function buildCooperation(
  models: Models,
  memberIds: string[],
  name = `Samenwerking ${randomUUID().slice(0, 6)}`,
) {
  return models.Cooperation.create({ name, memberIds });
}
