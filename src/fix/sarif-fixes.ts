import type { Finding } from '../rules/finding.ts';
import type { FixPlan, ProvedFix } from './fix.ts';
import { regionOf } from './text-edit.ts';

/** SARIF 2.1.0 §3.55 `fix`: a description and the `artifactChange`s (§3.56) with their `replacement`s (§3.57). */
export interface SarifFix {
  readonly description: { readonly text: string };
  readonly artifactChanges: readonly {
    readonly artifactLocation: { readonly uri: string; readonly uriBaseId: string };
    readonly replacements: readonly {
      readonly deletedRegion: { readonly startLine: number; readonly startColumn: number; readonly endLine: number; readonly endColumn: number; readonly charOffset: number; readonly charLength: number };
      readonly insertedContent: { readonly text: string };
    }[];
  }[];
}

/** An insertion is a `deletedRegion` of length zero at the insertion point (§3.57.3). */
export const sarifFixOf = (fix: ProvedFix, text: string, uri: string): SarifFix => ({
  description: { text: fix.description },
  artifactChanges: [
    {
      artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
      replacements: fix.edits.map((edit) => ({
        deletedRegion: { ...regionOf(text, edit), charOffset: edit.start, charLength: edit.end - edit.start },
        insertedContent: { text: edit.text },
      })),
    },
  ],
});

/** As report/sarif.ts writes artifact URIs. */
const encodeUri = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

interface SarifResultLike {
  ruleId?: string;
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }[];
  fixes?: SarifFix[];
  properties?: Record<string, unknown>;
}

/** The SARIF property that says why a fixable result has no fix. */
export const FIX_NOT_OFFERED = 'ephemeral-guard/fixNotOffered';

/**
 * Adds `fixes` to the results of a SARIF log that a proved fix is for, and to those of an
 * unproved one the reason (property FIX_NOT_OFFERED); a result is matched by rule (or its
 * severity variant), file and start. Kept beside the SARIF writer so that report/sarif.ts needs no change.
 */
export const addSarifFixes = (log: { runs: { results?: SarifResultLike[] }[] }, plan: FixPlan, textOf: ReadonlyMap<string, string>): void => {
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      const where = result.locations?.[0]?.physicalLocation;
      const isFor = (finding: Finding): boolean =>
        // A severity variant names its child descriptor (`EG101/high`, see report/sarif.ts).
        (result.ruleId === finding.ruleId || result.ruleId?.startsWith(`${finding.ruleId}/`) === true) &&
        encodeUri(finding.location.file) === where?.artifactLocation?.uri &&
        finding.location.startLine === where.region?.startLine &&
        finding.location.startColumn === where.region?.startColumn;
      // One fix, with an artifact change per file it edits (the copies of the object, a lib).
      const fixes = plan.proved.filter((candidate) => isFor(candidate.finding) && textOf.has(candidate.file));
      const fix = fixes[0];
      if (fix) {
        result.fixes = [
          {
            description: { text: fix.description },
            artifactChanges: fixes.flatMap((each) => sarifFixOf(each, textOf.get(each.file)!, encodeUri(each.file)).artifactChanges),
          },
        ];
      }
      const unproved = fix ? undefined : plan.unproved.find((candidate) => isFor(candidate.finding));
      if (unproved) result.properties = { ...result.properties, [FIX_NOT_OFFERED]: unproved.reason };
    }
  }
};
