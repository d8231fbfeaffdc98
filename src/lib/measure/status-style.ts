/**
 * How a follow-up status looks, wherever it is drawn: the badge, the measure's
 * status strip and the charts read it from here, so a status cannot look one way
 * in a table and another in a chart. (The map shows districts, not statuses.)
 *
 * Colour is never the only signal: besides its colour each status has a symbol
 * (badges, strip) and a fill pattern (charts, strip), and the word itself is
 * always written beside them. The colours are CSS custom properties in
 * src/styles/tokens.css (--status-<id>), so print and a future dark theme can
 * change them in CSS; charts read the same properties at runtime.
 *
 * The status words and their order are content (content/statuses.yaml); only
 * their look is code. "okand" is Insyn's own "no source says", not a status word.
 */

/** How an area is filled besides its colour. */
export type Pattern = 'solid' | 'diagonal' | 'cross' | 'dots';

export interface StatusLook {
  /** shown beside the word (aria-hidden: the word carries the meaning) */
  symbol: string;
  /** a CSS custom property from tokens.css, e.g. "--status-pagar" */
  colour: string;
  pattern: Pattern;
}

/** The key under which "no source gives a status" is drawn. */
export const UNKNOWN_LOOK = 'okand';

const looks: Record<string, StatusLook> = {
  genomford: { symbol: '✓', colour: '--status-genomford', pattern: 'solid' },
  pagar: { symbol: '◐', colour: '--status-pagar', pattern: 'diagonal' },
  'ej-genomford': { symbol: '✕', colour: '--status-ej-genomford', pattern: 'cross' },
  [UNKNOWN_LOOK]: { symbol: '?', colour: '--status-okand', pattern: 'dots' },
};

/** The look of a status id; null (no source) and an id without a look of its own are drawn as unknown. */
export function statusLook(status: string | null): StatusLook {
  return status !== null && Object.hasOwn(looks, status) ? looks[status] : looks[UNKNOWN_LOOK];
}

/** The inline style that hands a status colour to a component's CSS as --fill. */
export const fillStyle = (look: StatusLook) => `--fill: var(${look.colour})`;
