/** Related decisions (not known to be plan measures) as a district page shows them. */
import { decisionDistricts } from '../urls/anchors.ts';
import type { Dict } from '../../i18n/types.ts';
import type { Decision, Site } from '../site/build-site.ts';
import { conflictView, type ConflictView } from '../sources/conflicts.ts';
import {
  decisionEvidence,
  leadText,
  statementEvidence,
  type Evidence,
  type EvidenceSite,
  type Tx,
} from '../sources/evidence.ts';

/** Decisions that name the district, or name none (municipality-wide), newest first. */
export function decisionsFor(site: Pick<Site, 'decisions' | 'districts'>, districtId: string): Decision[] {
  const all = site.districts.map((d) => d.id);
  return site.decisions.filter((d) => decisionDistricts(d.data, all).includes(districtId));
}

/**
 * "Beslut om Berga" only where a source names Berga; a decision whose source names no area is one
 * that "kan gälla Berga". Which of the two the district's list holds (both: "mixed").
 */
export function decisionsScope(decisions: Decision[]): 'named' | 'maybe' | 'mixed' {
  const named = decisions.some((d) => d.data.districts !== null);
  const maybe = decisions.some((d) => d.data.districts === null);
  return named && maybe ? 'mixed' : maybe ? 'maybe' : 'named';
}

/** A related decision as its sources allow it to be told: label, who decided, who says it, disagreements. */
export interface DecisionView {
  evidence: Evidence;
  /** the term before the body: "Beslutat av" only where a source may state the decision */
  bodyLabel: string;
  /** "Enligt Socialdemokraternas webbplats:" before the summary, when the source may not state it */
  lead: string | null;
  /** each detail's lead, in the order of the details */
  detailLeads: (string | null)[];
  conflicts: ConflictView[];
}

export function decisionView(site: EvidenceSite, decision: Decision, t: Dict, tx: Tx): DecisionView {
  const evidence = decisionEvidence(site, decision.data);
  const b = t.evidence.body;
  const term =
    decision.data.act === 'decision' ? 'decision' : decision.data.act === 'agreement' ? 'agreement' : 'other';
  const bodyLabel =
    evidence.stance === 'stated'
      ? b[term]
      : b[`${term}According` as 'decisionAccording' | 'agreementAccording' | 'otherAccording'];
  return {
    evidence,
    bodyLabel,
    lead: leadText(evidence, t, tx),
    detailLeads: decision.data.details.map((d) => leadText(statementEvidence(site, d.source), t, tx)),
    conflicts: decision.data.conflicts.map((c) => conflictView(site, c, t, tx)),
  };
}
