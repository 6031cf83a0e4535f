// The Content-Security-Policy and other security headers of the site. The prerender puts the policy in a
// <meta> tag of every page; every response carries all of them (see hosting-rules.ts). No inline script is
// allowed anywhere: the one inline stylesheet is allowed by its hash.
import { createHash } from 'node:crypto';

export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(styleHashes: readonly string[], delivery: 'meta' | 'header'): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Browsers ignore frame-ancestors in a <meta> tag (and say so in the console): headers only.
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

export function securityHeaders(styleHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(styleHashes, 'header'),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
