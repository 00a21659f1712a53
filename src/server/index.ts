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
export {
  onOpen,
  onInstall,
  menuCleanSheet,
  menuOpenSidebar,
  menuSetUpDropdowns,
  menuProtectKeyColumns,
  menuFlagOutdated,
  menuUndoLastClean,
  continueCleanSheet,
  getCleanProgress,
} from './menu';
// Scheduled audits, audit history, clean at entry, archive inactive rows (issue 6).
export {
  menuRunAudit,
  menuScheduleAudits,
  menuArchiveInactiveRows,
  menuToggleEntryGuard,
  runScheduledAudit,
  onCrmHygieneEdit,
  getAuditSchedule,
  scheduleAudits,
  stopScheduledAudits,
  runAuditNow,
  getAuditHistory,
  getEntryGuard,
  setEntryGuard,
  previewArchiveInactive,
  archiveInactiveRows,
} from './audit-entries';
// The sidebar's own API (sidebar/src/types.ts), on the same snapshot, plan, journal and locks.
export {
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
} from './sidebar-bridge';
