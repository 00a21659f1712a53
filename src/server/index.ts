// Every export here becomes a top-level Apps Script function in dist/entries.js (with its JSDoc).
export {
  CRM_NORMALIZE_PHONE,
  CRM_NORMALIZE_EMAIL,
  CRM_NORMALIZE_NAME,
  CRM_NORMALIZE_COMPANY,
  CRM_COMPANY_KEY,
  CRM_NORMALIZE_COUNTRY,
  CRM_NORMALIZE_TITLE,
} from './custom-functions';
