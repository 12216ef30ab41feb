import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** No inline script or style element, nothing from another origin; graphql-ws connects back to this host. */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The package's root: dist/src/… when built, src/… under ts-jest. */
function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export const ADMIN_DIR = path.join(packageRoot(), 'dist', 'admin');

/** The admin's static build (npm run build) at /admin: hashed assets cached for good, index.html for every other path, under a strict Content-Security-Policy. */
export function adminRoutes(dir = ADMIN_DIR): Router {
  const router = Router();
  router.use('/admin', (_req, res, next) => {
    res.set({
      'Content-Security-Policy': ADMIN_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    next();
  });
  router.use('/admin', express.static(dir, { index: false, redirect: false, immutable: true, maxAge: '1y' }));
  router.get(/^\/admin(\/.*)?$/, (_req, res) => {
    const index = path.join(dir, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The admin is not built: run `npm run build`.');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
