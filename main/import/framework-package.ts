/**
 * A standards framework as read from a file, before it meets the gradebook: the input of the import's
 * second half (diff → preview → commit). Identifiers are the source's own (`sourced_id` in the
 * database), so a re-import of a newer version matches standard by standard.
 */
export type FrameworkSource = 'case' | 'case-csv' | 'standards-csv';

export type FrameworkDocument = {
  /** CFDocument.identifier (a UUID, or an ASN URL in pre-final packages); derived for CSV sources. */
  identifier: string;
  title: string;
  /** '' when the source names no creator (plain CSV). */
  creator: string;
  publisher?: string;
  version?: string;
  subject?: string;
  adoptionStatus?: string;
  uri?: string;
  /** ISO 8601 UTC; timestamps written without a zone are read as UTC. */
  lastChangeDateTime?: string;
};

/**
 * Our vocabulary for CFItemType, lower-case. Sources may use any text (CASE leaves it free); values
 * outside this list are kept lower-cased as they are.
 */
export const standardTypeLadder = ['grade level', 'strand', 'domain', 'cluster', 'standard', 'component'] as const;
export type KnownStandardType = (typeof standardTypeLadder)[number] | 'learning target';

export type FrameworkStandard = {
  identifier: string;
  /** humanCodingScheme, e.g. `5.NF.A.1`; null when the source has none. */
  code: string | null;
  statement: string;
  abbreviated: string | null;
  /** Lower-case type (see KnownStandardType); inferred from neighbours when the source has none. */
  type: string;
  /** True when `type` was inferred rather than read, so the preview can say so. */
  typeInferred: boolean;
  /** 'PK', 'KG', '01' … '12', '13', or another CEDS code as written (upper-case). */
  gradeLevels: string[];
  /** null = a top-level standard, a child of the framework document itself. */
  parentIdentifier: string | null;
  /**
   * 0-based order among siblings. Ordering rule, first difference wins: sequenceNumber (missing sorts
   * last), then listEnumeration in natural order ("2" before "10"), then humanCodingScheme in natural
   * order, then the item's position in the file.
   */
  position: number;
  uri?: string;
  notes?: string;
  lastChangeDateTime?: string;
};

/** `precedes` between two standards of this package: learn `prerequisiteIdentifier` first. */
export type FrameworkPrerequisite = {
  /** The CFAssociation identifier. */
  identifier: string;
  prerequisiteIdentifier: string;
  standardIdentifier: string;
};

/**
 * Every other association (isPeerOf, exactMatchOf, isRelatedTo …), and `precedes` edges with an end
 * outside this package (another framework): kept as written, for the standard_associations table.
 */
export type FrameworkAssociation = {
  identifier: string;
  type: string;
  originIdentifier: string;
  destinationIdentifier: string;
};

export type FrameworkPackage = {
  source: FrameworkSource;
  document: FrameworkDocument;
  /** Parents always come before their children (depth-first, in sibling order), ready to insert. */
  standards: FrameworkStandard[];
  prerequisites: FrameworkPrerequisite[];
  otherAssociations: FrameworkAssociation[];
};
