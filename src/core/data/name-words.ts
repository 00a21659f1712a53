/**
 * Words the name normalizer needs to case a name the way its owner writes it.
 */

// Family-name particles written in lower case when they are inside a name (Dutch, German, French,
// Italian, Spanish, Portuguese, and Malay/Indonesian bin/binti "son/daughter of"), and the
// words that join two names ("John and Jane Smith", Swedish "och", Turkish "ve").
export const NAME_PARTICLES = 'van von der den de da di du del della dei des la le lo ter ten dos das do bin binti bint y and und och ve et';

// Scottish/Irish "Mac" surnames that take a second capital. A list, not a rule, because most
// words that start with "mac" are not such names: Mack, Macy, Machado, Macias, Macek.
export const MAC_NAMES =
  'macdonald macleod macmillan mackenzie mackay macintyre macgregor macarthur macaulay macneil macpherson maclean ' +
  'maclachlan macdougall macfarlane mackintosh maccallum mackinnon macrae macdermott macbeth maclennan macaskill ' +
  'macquarie macnab macewan macinnes macisaac maciver macneill macnamara maclaren macdowell macalister macallister ' +
  'mackenna macguire maccormack maccarthy macgowan macleish maclellan macmahon macmanus macneal macdonell';

// Common Vietnamese family names: a name that starts with one is Vietnamese, where "Van" and "Vi"
// are given/middle names (Nguyen Van An, Tran Thi Vi), not a Dutch particle or a numeral.
export const VIETNAMESE_SURNAMES =
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh luong ' +
  'cao doan ha la quach ta thai tong vuong kieu lai chau';

/**
 * Honorifics and academic degrees written before or after a name, in the casing their owners use
 * (the letters only; the typed dots are kept): Czech (Ing., Mgr., Bc., PhDr., MUDr., JUDr., RNDr.,
 * MVDr., PaedDr., ThDr., Ph.D., CSc., DrSc., DiS.), Indonesian (Ir., Drs., Dra., Hj., SE, SH, MM,
 * MH), English (Dr., Mr., Mrs., Ms., Prof., MBA, MSc, BSc, PhD, LL.M.) and German (Dipl.).
 * Keyed by the lower-case letters with inner dots ("ph.d", "phd").
 */
export const TITLE_FORMS: readonly string[] = [
  'Ing', 'Mgr', 'Bc', 'PhDr', 'MUDr', 'JUDr', 'RNDr', 'MVDr', 'PaedDr', 'ThDr', 'Ph.D', 'CSc', 'DrSc', 'DiS',
  'Ir', 'Drs', 'Dra', 'Hj', 'SE', 'SH', 'MM', 'MH',
  'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'MBA', 'MSc', 'BSc', 'PhD', 'LL.M', 'Dipl',
];

/** Generational suffixes after a family name. */
export const NAME_SUFFIXES: readonly string[] = ['Jr', 'Sr', 'Jnr', 'Snr'];
