import { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import multer from 'multer';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { User } from '../../entities';
import { UserRole } from '../../entities/enums';
import { fieldError } from '../../fields/field-errors';
import { unauthenticated } from '../../schema/errors';
import { internalError, sendError } from '../../schema/rest-error';
import type { TokenAuthenticator } from '../../schema/token-authenticator';
import { IMPORT_ENTITIES, type ImportEntity } from './import-fields';
import { ImportFileError } from './import-file.error';
import { importSheet } from './import.service';

const PATH = '/api/import';
const IMPORTERS = [UserRole.STEWARD, UserRole.ADMIN];

/** Before the upload is read: a bearer token of a STEWARD or an ADMIN. */
function importer(authenticator: TokenAuthenticator): RequestHandler {
  return async (req, res, next) => {
    const authentication = await authenticator.authenticate(req.get('authorization'));
    if (!authentication || 'refused' in authentication)
      return sendError(res, 401, 'UNAUTHENTICATED', unauthenticated(authentication?.refused).message);
    const { user } = authentication;
    if (!IMPORTERS.includes(user.role))
      return sendError(res, 403, 'FORBIDDEN', `Importing needs the role STEWARD or ADMIN; you are ${user.role}`);
    res.locals.user = user;
    next();
  };
}

/** A form field's yes. */
const yes = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value ?? '');

function runImport(dataSource: DataSource): RequestHandler {
  return async (req, res) => {
    const { entity, map, dryRun, division, skipDuplicates } = (req.body ?? {}) as Record<string, string | undefined>;
    const errors = [
      ...(req.file ? [] : [fieldError('file', 'REQUIRED', 'Send the CSV or XLSX file as the multipart field "file"')]),
      ...(IMPORT_ENTITIES.includes(entity as ImportEntity)
        ? []
        : [fieldError('entity', 'REQUIRED', `entity must be one of ${IMPORT_ENTITIES.join(', ')}`)]),
    ];
    if (errors.length > 0) return sendError(res, 400, 'BAD_USER_INPUT', 'The import request is incomplete', errors);
    try {
      const report = await importSheet(
        dataSource,
        res.locals.user as User,
        { buffer: req.file!.buffer, fileName: req.file!.originalname },
        {
          entity: entity as ImportEntity,
          columnMap: map,
          dryRun: yes(dryRun),
          skipDuplicates: yes(skipDuplicates),
          divisionName: division,
        },
      );
      res.json(report);
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      const { option } = error;
      const fields = option ? [fieldError(option.field, option.code, error.message)] : undefined;
      sendError(res, 400, 'BAD_USER_INPUT', error.message, fields);
    }
  };
}

const uploadErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (!(error instanceof multer.MulterError)) return next(error);
  if (error.code === 'LIMIT_FILE_SIZE')
    return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'The file is larger than IMPORT_MAX_MB');
  sendError(res, 400, 'BAD_USER_INPUT', error.message);
};

/** POST /api/import: the `crm import` command for the admin page, multipart, answering the same report. */
export function importRoutes(config: Config, dataSource: DataSource, authenticator: TokenAuthenticator): Router {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.importMaxBytes, files: 1 } });
  const router = Router();
  router.post(PATH, importer(authenticator), upload.single('file'), runImport(dataSource));
  router.use(PATH, uploadErrors, internalError);
  return router;
}
