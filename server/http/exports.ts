import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Types } from 'mongoose';
import { bearerToken, viewerFromToken } from '../auth/session';
import type { Viewer } from '../auth/viewer';
import { can } from '../auth/can';
import type { AdoptionRecord } from '../db/models/Adoption';
import type { InitiativeRecord } from '../db/models/Initiative';
import type { MunicipalityRecord } from '../db/models/Municipality';
import { GraphQLError } from 'graphql';
import { auditEventsMatching, auditFilter } from '../domain/audit/queries';
import { streamBackup } from '../domain/export/backup';
import { ErrorCode } from '../../common/errorCodes';
import { auditColumns, withActorNames } from './auditCsv';
import { csvSeparatorOf, streamCsv, type CsvColumn, type CsvSeparator } from './csv';
import { latestBenefit } from '../domain/initiative/dashboard';
import { today } from '../domain/initiative/queries';
import { isOverdue } from '../domain/initiative/workflow';
import type { Runtime } from '../runtime';

type AuthedRequest = Request & { viewer?: Viewer; separator?: CsvSeparator };

function sendError(res: Response, status: number, code: string, message: string, field?: string) {
  if (status === 401) res.set('WWW-Authenticate', 'Bearer');
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ error: { code, message, ...(field ? { field } : {}) } });
}

/** Reads `?separator=comma|semicolon` for every CSV export; anything else is 400 BAD_USER_INPUT. */
function separator(req: AuthedRequest, res: Response, next: NextFunction) {
  const chosen = csvSeparatorOf(req.query.separator);
  if (!chosen) {
    return sendError(res, 400, 'BAD_USER_INPUT', 'separator: use comma or semicolon', 'separator');
  }
  req.separator = chosen;
  next();
}

/** Resolves the Bearer token; 401 without a valid one. */
function authenticate(runtime: Runtime) {
  return async (req: AuthedRequest, res: Response, next: NextFunction) => {
    const viewer = await viewerFromToken(runtime.models, bearerToken(req.headers.authorization));
    if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'Not signed in.');
    req.viewer = viewer;
    next();
  };
}

function allow(check: (viewer: Viewer) => boolean) {
  return (req: AuthedRequest, res: Response, next: NextFunction) => {
    if (!req.viewer || !check(req.viewer)) {
      return sendError(res, 403, 'FORBIDDEN', 'Not allowed to download this export.');
    }
    next();
  };
}

/** Streams, and ends a half-written response when the source fails midway (headers are gone). */
function streaming(runtime: Runtime, handler: (req: AuthedRequest, res: Response) => Promise<void>) {
  return async (req: AuthedRequest, res: Response) => {
    try {
      await handler(req, res);
    } catch (error) {
      runtime.logger.error({ err: error, path: req.path }, 'export failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The export failed.');
      else res.destroy();
    }
  };
}

function initiativeColumns(todayDate: string): CsvColumn<InitiativeRecord>[] {
  const latest = (i: InitiativeRecord) => latestBenefit(i.realisedBenefits ?? []);
  const count = (i: InitiativeRecord, status: string) =>
    i.participants.filter((p) => p.status === status).length;
  return [
    { header: 'id', value: (i) => String(i._id) },
    { header: 'title', value: (i) => i.title },
    { header: 'status', value: (i) => i.status },
    { header: 'stopReason', value: (i) => i.stopReason },
    { header: 'deadline', value: (i) => i.deadline },
    { header: 'overdue', value: (i) => isOverdue(i.status, i.deadline, todayDate) },
    { header: 'participants', value: (i) => i.participants.length },
    { header: 'live', value: (i) => count(i, 'LIVE') },
    { header: 'preparing', value: (i) => count(i, 'PREPARING') },
    { header: 'municipalities', value: (i) => i.participants.map((p) => p.municipalityId).join(';') },
    { header: 'standardIds', value: (i) => i.standardIds.map(String).join(';') },
    { header: 'expectedHoursPerYear', value: (i) => i.expectedBenefit?.hoursPerYear },
    { header: 'expectedEurosPerYear', value: (i) => i.expectedBenefit?.eurosPerYear },
    { header: 'expectedCitizensReached', value: (i) => i.expectedBenefit?.citizensReached },
    { header: 'realisedDate', value: (i) => latest(i)?.date },
    { header: 'realisedHoursPerYear', value: (i) => latest(i)?.hoursPerYear },
    { header: 'realisedEurosPerYear', value: (i) => latest(i)?.eurosPerYear },
    { header: 'realisedCitizensReached', value: (i) => latest(i)?.citizensReached },
    { header: 'description', value: (i) => i.description },
    { header: 'updatedAt', value: (i) => i.updatedAt },
  ];
}

interface AdoptionRow {
  municipality: MunicipalityRecord;
  standardSlug: string;
  adoption: AdoptionRecord | null;
}

/** Where a row's figure comes from, so nobody mistakes generated demo data for a measurement. */
function sourceOf(adoption: AdoptionRecord | null): string {
  if (!adoption) return 'geen melding';
  if (adoption.demo) return 'demo (gegenereerd, geen meting)';
  return adoption.source ?? 'melding in Koers';
}

const adoptionColumns: CsvColumn<AdoptionRow>[] = [
  { header: 'municipalityCode', value: (r) => r.municipality._id },
  { header: 'municipality', value: (r) => r.municipality.name },
  { header: 'province', value: (r) => r.municipality.province },
  { header: 'standard', value: (r) => r.standardSlug },
  { header: 'status', value: (r) => r.adoption?.status ?? 'NOT_STARTED' },
  { header: 'targetDate', value: (r) => r.adoption?.targetDate },
  { header: 'adoptedVersion', value: (r) => r.adoption?.adoptedVersion },
  { header: 'note', value: (r) => r.adoption?.note },
  { header: 'bron', value: (r) => sourceOf(r.adoption) },
  { header: 'updatedAt', value: (r) => (r.adoption as { updatedAt?: Date } | null)?.updatedAt },
];

/**
 * One row per municipality, in CBS-code order, streamed from a municipality cursor. The standard's
 * adoption records (at most one per municipality, so bounded by 342) are read first into a map;
 * municipalities without a record are NOT_STARTED, ended ones appear only when they have a record.
 */
async function* adoptionRows(
  runtime: Runtime,
  standardId: Types.ObjectId,
  standardSlug: string,
): AsyncGenerator<AdoptionRow> {
  const { Adoption, Municipality } = runtime.models;
  const byMunicipality = new Map<string, AdoptionRecord>();
  for await (const adoption of Adoption.find({ standardId }).lean<AdoptionRecord>().cursor()) {
    byMunicipality.set(adoption.municipalityId, adoption);
  }
  for await (const municipality of Municipality.find().sort({ _id: 1 }).lean<MunicipalityRecord>().cursor()) {
    const adoption = byMunicipality.get(municipality._id) ?? null;
    if (municipality.validUntil && !adoption) continue;
    yield { municipality, standardSlug, adoption };
  }
}

/**
 * `/export/*`: CSV exports (comma- or semicolon-separated, `?separator=`) and the full JSON backup,
 * authorised by Bearer token. The web app downloads them with fetch and the header, never with the
 * token in a URL.
 */
export function exportsRouter(runtime: Runtime): Router {
  const router = Router();
  router.use('/export', authenticate(runtime));
  router.use('/export', (req, res, next) => (req.path.endsWith('.csv') ? separator(req, res, next) : next()));

  router.get(
    '/export/initiatives.csv',
    allow((viewer) => can(viewer, 'initiative:manage')),
    streaming(runtime, (req, res) =>
      streamCsv(
        res,
        'initiatives.csv',
        initiativeColumns(today(runtime)),
        runtime.models.Initiative.find().sort({ deadline: 1, _id: 1 }).lean<InitiativeRecord>().cursor(),
        req.separator,
      ),
    ),
  );

  router.get(
    '/export/adoption.csv',
    streaming(runtime, async (req, res) => {
      const slug = req.query.standard;
      if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) {
        return sendError(res, 400, 'BAD_USER_INPUT', 'standard: give the slug of a standard');
      }
      const standard = await runtime.models.Standard.findOne({ slug }, { _id: 1 }).lean().exec();
      if (!standard) return sendError(res, 404, 'NOT_FOUND', 'Standard not found.');
      await streamCsv(
        res,
        `adoption-${slug}.csv`,
        adoptionColumns,
        adoptionRows(runtime, standard._id, slug),
        req.separator,
      );
    }),
  );

  router.get(
    '/export/audit.csv',
    allow((viewer) => can(viewer, 'audit:read')),
    streaming(runtime, async (req, res) => {
      let filter;
      try {
        // The same filters as the audit page; a repeated parameter is not one value and fails there.
        const { subjectId, subjectType, actorId, action, from, to } = req.query;
        filter = auditFilter({ subjectId, subjectType, actorId, action, from, to });
      } catch (error) {
        if (!(error instanceof GraphQLError) || error.extensions.code !== ErrorCode.BadUserInput) throw error;
        return sendError(res, 400, 'BAD_USER_INPUT', error.message, String(error.extensions.field));
      }
      await streamCsv(
        res,
        'auditlog.csv',
        auditColumns,
        withActorNames(runtime.models, auditEventsMatching(runtime.models, filter)),
        req.separator,
      );
    }),
  );

  router.get(
    '/export/koers.json',
    allow((viewer) => can(viewer, 'backup:read')),
    streaming(runtime, (_req, res) => streamBackup(res, runtime.models, runtime.now())),
  );

  return router;
}
