/**
 * @module api/security
 * Security headers for every answer (helmet) with a content security policy the web UI in
 * web/ satisfies: scripts, styles, fonts and API calls from this origin only, images from this
 * origin or data: URLs, no inline script or style, no plugins, no framing. Document text is
 * shown as text by the UI and escaped in API snippets; this policy is the second line: even
 * a `<script>` or `onerror=` that slipped into the page could not run.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The policy, one directive per line (also what the UI engineer codes against). */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The headers middleware.
 *
 * @example
 * app.use(securityHeaders()); // GET / → Content-Security-Policy: default-src 'self';script-src 'self';…
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    // The server is often reached over plain http on a LAN; do not pin HTTPS.
    strictTransportSecurity: false,
  });
}
