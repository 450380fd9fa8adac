import { hashPassword, verifyPassword } from '../server/auth/password';
import type { Models } from '../server/db/models';
import type { Role } from '../server/db/models/User';

/** The password of every demo account (listed in the README). */
export const DEMO_PASSWORD = 'koers-demo';

/** Name of the demo taskforce that owns the demo roadmaps. */
export const DEMO_TASKFORCE = 'Demo-taskforce Common Ground';

const accounts: Array<{ email: string; name: string; roles: Role[]; municipalityId: string | null }> = [
  { email: 'admin@koers.example', name: 'Anna Admin', roles: ['ADMIN'], municipalityId: null },
  {
    email: 'editor@utrecht.koers.example',
    name: 'Erik Editor (Utrecht)',
    roles: ['MUNICIPALITY_EDITOR'],
    municipalityId: 'GM0344',
  },
  {
    email: 'member@koers.example',
    name: 'Mila Taskforcelid',
    roles: ['TASKFORCE_MEMBER'],
    municipalityId: 'GM0363',
  },
  { email: 'manager@koers.example', name: 'Mo Manager', roles: ['MANAGER'], municipalityId: null },
  { email: 'viewer@koers.example', name: 'Vera Lezer', roles: [], municipalityId: 'GM0599' },
];

/**
 * Creates the demo accounts and the demo taskforce. Idempotent: an existing account keeps its id and
 * sessions; its password is reset to the demo password only when it no longer matches.
 */
export async function seedDemoAccounts(models: Models): Promise<number> {
  const ids = [];
  for (const account of accounts) {
    const existing = await models.User.findOne({ email: account.email }).lean();
    const passwordHash =
      existing && (await verifyPassword(existing.passwordHash, DEMO_PASSWORD))
        ? existing.passwordHash
        : await hashPassword(DEMO_PASSWORD);
    const user = await models.User.findOneAndUpdate(
      { email: account.email },
      { $set: { ...account, passwordHash } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    ids.push(user);
  }
  const member = ids.find((u) => u?.email === 'member@koers.example');
  await models.Taskforce.updateOne(
    { name: DEMO_TASKFORCE },
    {
      $set: {
        description: 'Demo: gemeenten die samen de tienjarige roadmap voor Common Ground uitwerken.',
        memberIds: member ? [member._id] : [],
      },
    },
    { upsert: true },
  );
  return accounts.length;
}
