// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

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
