export { normalizeTable } from '../../src/core/normalize-table';
export { withDefaults } from '../../src/core/settings';
