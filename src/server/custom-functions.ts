// The CRM_* custom functions. Each takes one value or a 2-D range and returns the same shape;
// blank in, blank out; a value that cannot be normalized comes back unchanged (trimmed).
// One module per function: Sheets runs every formula call in a fresh execution, and the build
// makes each declaring module its own entry, so a call loads only what its function needs
// (CRM_NORMALIZE_EMAIL never evaluates the phone metadata, CRM_NORMALIZE_PHONE no country table).
export { CRM_NORMALIZE_PHONE } from './formulas/phone';
export { CRM_NORMALIZE_EMAIL } from './formulas/email';
export { CRM_NORMALIZE_NAME } from './formulas/name';
export { CRM_NORMALIZE_COMPANY, CRM_COMPANY_KEY } from './formulas/company';
export { CRM_NORMALIZE_COUNTRY } from './formulas/country';
export { CRM_NORMALIZE_TITLE } from './formulas/title';
