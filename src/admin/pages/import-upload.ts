import { session } from '../session';

/** The import's report, as POST /api/import answers it (src/leads/import/import-report.ts). */
export interface ImportReport {
  entity: string;
  dryRun: boolean;
  rowsRead: number;
  created: number;
  skipped: number;
  columns: Record<string, string>;
  notImported: string[];
  rejected: { rowNumber: number; problems: { field: string; column?: string; code: string; message: string }[] }[];
  duplicates: {
    rowNumber: number;
    sameAsRow?: number;
    sameAsId?: string;
    score: number;
    reasons: string[];
    skipped: boolean;
  }[];
}

export interface ImportRequest {
  file: File;
  entity: string;
  map: Record<string, string>;
  dryRun: boolean;
  skipDuplicates: boolean;
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Your API token is not valid (any more). Sign out and sign in with a valid token.',
  403: 'Your role may not import.',
  413: 'The file is larger than the server accepts.',
};

/** Multipart upload through XMLHttpRequest, which reports upload progress (fetch does not). */
export function uploadImport(request: ImportRequest, onProgress: (fraction: number) => void): Promise<ImportReport> {
  const form = new FormData();
  form.append('entity', request.entity);
  form.append('dryRun', String(request.dryRun));
  form.append('skipDuplicates', String(request.skipDuplicates));
  const map = Object.entries(request.map)
    .map(([column, field]) => `${column}=${field}`)
    .join(',');
  if (map) form.append('map', map);
  form.append('file', request.file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/import');
    xhr.setRequestHeader('authorization', `Bearer ${session.token()}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      if (xhr.status === 200) return resolve(xhr.response as ImportReport);
      const body = (xhr.response ?? {}) as { message?: string; fields?: { message: string }[] };
      const detail = [body.message, ...(body.fields ?? []).map((f) => f.message)].filter(Boolean).join(' ');
      reject(new Error(STATUS_TEXT[xhr.status] ?? (detail || `The server answered ${xhr.status}.`)));
    };
    xhr.onerror = () => reject(new Error('The server cannot be reached. Check the connection and try again.'));
    xhr.send(form);
  });
}
