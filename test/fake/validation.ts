// SpreadsheetApp.newDataValidation(): builder and rule, the list-based subset the add-on uses. A
// list of items holds at most 500 values; a rule may instead read them from a range
// (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInRange(Range,Boolean)).
export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;

export const MAX_LIST_ITEMS = 500;

export class FakeDataValidation {
  readonly __kind = 'DataValidation';
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder();
    b.criteria = this.criteria;
    b.values = this.values;
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }
}

export class FakeDataValidationBuilder {
  readonly __kind = 'DataValidationBuilder';
  criteria: string | undefined;
  values: unknown[] = [];
  allowInvalid = true;
  helpText = '';

  requireValueInList(values: unknown, showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Invalid argument: values');
    if (values.length > MAX_LIST_ITEMS) throw new Error(`The data validation rule has more than ${MAX_LIST_ITEMS} items.`);
    for (const v of values) if (typeof v !== 'string') throw new Error('Invalid argument: values');
    this.criteria = DataValidationCriteria.VALUE_IN_LIST;
    this.values = [values.slice(), showDropdown];
    return this;
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    if (!range || (range as { __kind?: string }).__kind !== 'Range') throw new Error('Invalid argument: range');
    this.criteria = DataValidationCriteria.VALUE_IN_RANGE;
    this.values = [range, showDropdown];
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    if (typeof allow !== 'boolean') throw new Error('Invalid argument: allowInvalidData');
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error('The data validation rule has no criteria.');
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}
