/** Every value of {@link ComplianceStatus}, in the spec's order. */
export const complianceStatusValues = [
  'unknown',
  'notApplicable',
  'compliant',
  'remediated',
  'nonCompliant',
  'error',
  'conflict',
  'notAssigned',
];
