// Every export here becomes a top-level Apps Script function in dist/entries.js (with its JSDoc):
// one file per surface Apps Script calls into.
export {
  CRM_NORMALIZE_PHONE,
  CRM_NORMALIZE_EMAIL,
  CRM_NORMALIZE_NAME,
  CRM_NORMALIZE_COMPANY,
  CRM_COMPANY_KEY,
  CRM_NORMALIZE_COUNTRY,
  CRM_NORMALIZE_TITLE,
} from './custom-functions';
export {
  onOpen,
  onInstall,
  menuCleanSheet,
  menuOpenSidebar,
  menuSetUpDropdowns,
  menuProtectKeyColumns,
  menuFlagOutdated,
  menuUndoLastClean,
  menuRunAudit,
  menuScheduleAudits,
  menuArchiveInactiveRows,
  menuToggleEntryGuard,
} from './menu';
export { runBackgroundWork, runScheduledAudit, onCrmHygieneEdit, continueCleanSheet } from './triggers';
// google.script.run endpoints (src/contract/sidebar.ts).
export {
  getCleanProgress,
  getAuditSchedule,
  scheduleAudits,
  stopScheduledAudits,
  runAuditNow,
  getAuditHistory,
  getEntryGuard,
  setEntryGuard,
  previewArchiveInactive,
  archiveInactiveRows,
  sidebarGetOverview,
  sidebarPreviewClean,
  sidebarApplyClean,
  sidebarContinueClean,
  sidebarUndoLastClean,
  sidebarGetReviewClusters,
  sidebarMergeCluster,
  sidebarMarkNotDuplicate,
  sidebarSaveSettings,
  sidebarOpenValueMap,
} from './sidebar-api';
