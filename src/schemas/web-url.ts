import { z } from 'astro/zod';

/**
 * An address on the web that content links to. Only https: by default: a source's page is
 * shown as a live link, and javascript:, data:, file: or a plain http: address would be a
 * script, a forged page or a readable, alterable connection. A source that has no https:
 * address at all may keep its http: one only where its entry says why (`httpOnly`, see
 * `httpNeedsReason`): an explicit allowance, never a silent pass.
 */
export const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: (issue) => `not a web address: expected https://… (got "${String(issue.input).slice(0, 60)}")`,
});

/** An https: address, for entries that have no allowance for http: (the municipality's documents). */
export const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: (issue) => `not an https: address: expected https://… (got "${String(issue.input).slice(0, 60)}")`,
});

/** Why a source is linked over http: (its publisher has no https: address), e.g. "the archive answers only over http (checked 2026-12-06)". */
export const httpOnlyReason = z.string().min(1);

/** The rule for an entry with a `url`: https:, or http: when `httpOnly` says why; `httpOnly` only beside an http: address. */
export function httpNeedsReason(
  entry: { url: string | null; httpOnly?: string },
  ctx: z.RefinementCtx,
): void {
  const http = entry.url?.startsWith('http:') ?? false;
  if (http && !entry.httpOnly)
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: `an http: address (expected https:, or httpOnly saying why the source has no https: address)`,
    });
  if (!http && entry.httpOnly)
    ctx.addIssue({ code: 'custom', path: ['httpOnly'], message: 'httpOnly goes only with an http: address' });
}
