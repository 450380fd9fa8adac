import type { Resolvers } from '../__generated__/resolvers-types';
import { badUserInput } from '../../errors';
import { loadExisting } from '../../domain/loaders';
import { parseCbsCode } from '../../domain/validation';
import {
  listCooperations,
  listMunicipalities,
  listProvinces,
  provinceOf,
} from '../../domain/municipality/service';

/** Municipalities, provinces and cooperations: public reference data. */
export const municipalityResolvers: Resolvers = {
  Query: {
    municipalities: (_parent, args, ctx) => listMunicipalities(ctx, args),
    municipality: (_parent, args, ctx) => {
      const code = args.code ?? args.id;
      if (!code) throw badUserInput('id', 'give an id or a code');
      return ctx.loaders.municipalityById.load(parseCbsCode(args.code ? 'code' : 'id', code));
    },
    provinces: (_parent, _args, ctx) => listProvinces(ctx),
    cooperations: (_parent, _args, ctx) => listCooperations(ctx),
  },
  Municipality: {
    id: (m) => m._id,
    code: (m) => m._id,
    province: (m, _args, ctx) => provinceOf(ctx, m),
    mergedInto: (m, _args, ctx) => (m.mergedInto ? ctx.loaders.municipalityById.load(m.mergedInto) : null),
    active: (m) => !m.validUntil,
    cooperations: (m, _args, ctx) => ctx.loaders.cooperationsByMemberId.load(m._id),
  },
  Cooperation: {
    id: (c) => String(c._id),
    members: (c, _args, ctx) => loadExisting(ctx.loaders.municipalityById, c.memberIds),
  },
};
