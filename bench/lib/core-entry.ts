export { normalizeTable } from '../../src/core/normalize/normalize-table';
export { withDefaults } from '../../src/core/settings';
