/**
 * Hand-curated legal forms: the canonical spelling of each form (what `short` style writes), its
 * full name (`long` style), where it stands in a company name and the spellings people type.
 * These take precedence over the generated ISO 20275 table for any spelling they list.
 *
 * Format, one line per form: `short|long|position|countries|variant;variant;...`
 *   position: `pre` (written before the name: PT, CV, Công ty TNHH), `suf` (after it: Inc., s.r.o.)
 *             or `desc` (a Turkish activity descriptor, "San. ve Tic.", which is only part of the
 *             legal form when an A.Ş./Ltd. Şti. follows it)
 * Variants are compared loosely (case, dots, commas, brackets and spaces ignored), so "S.R.O",
 * "s. r. o." and "sro" are all the variant "s.r.o.". Long spellings are listed only where they
 * cannot be ordinary words of a name.
 */
export const CURATED_LEGAL_FORMS = [
  // Indonesia: PT / CV / UD / Yayasan / Koperasi / Perum come first ("PT Acme Indonesia Tbk");
  // Tbk (listed company) and (Persero) (state-owned) come last.
  'PT|Perseroan Terbatas|pre|ID|PT;P.T.;Perseroan Terbatas',
  'CV|Commanditaire Vennootschap|pre|ID|CV;C.V.;Commanditaire Vennootschap;Persekutuan Komanditer',
  'UD|Usaha Dagang|pre|ID|UD;U.D.;Usaha Dagang',
  'Yayasan|Yayasan|pre|ID|Yayasan',
  'Koperasi|Koperasi|pre|ID|Koperasi',
  'Perum|Perusahaan Umum|pre|ID|Perum;Perusahaan Umum',
  'Tbk|Terbuka|suf|ID|Tbk;Terbuka',
  '(Persero)|(Persero)|suf|ID|(Persero);Persero',
  // Vietnam: the Vietnamese forms are prefixes, "Công ty" is kept as the head word so TNHH,
  // TNHH MTV and CP read the same way; English-style suffixes are common on the same companies.
  'Công ty TNHH|Công ty Trách nhiệm Hữu hạn|pre|VN|Công ty TNHH;Cty TNHH;CT TNHH;TNHH;Công ty Trách nhiệm Hữu hạn',
  'Công ty TNHH MTV|Công ty Trách nhiệm Hữu hạn Một thành viên|pre|VN|Công ty TNHH MTV;Cty TNHH MTV;TNHH MTV;Công ty TNHH Một thành viên;Công ty Trách nhiệm Hữu hạn Một thành viên',
  'Công ty CP|Công ty Cổ phần|pre|VN|Công ty CP;Cty CP;CTCP;Công ty Cổ phần;Cty Cổ phần',
  'Công ty Hợp danh|Công ty Hợp danh|pre|VN|Công ty Hợp danh;Cty Hợp danh',
  'DNTN|Doanh nghiệp Tư nhân|pre|VN|DNTN;Doanh nghiệp Tư nhân',
  'HTX|Hợp tác xã|pre|VN|HTX;Hợp tác xã',
  'JSC|Joint Stock Company|suf|VN|JSC;J.S.C.;Joint Stock Company;Joint-Stock Company',
  'Co., Ltd.|Company Limited|suf|VN US GB|Co., Ltd.;Co Ltd;Company Limited;Company Ltd;Co. Limited',
  // Czechia (and Slovakia). "spol. s r.o." is a legal spelling of its own (many registered names
  // use it), so it keeps its wording and only its punctuation is made consistent.
  's.r.o.|společnost s ručením omezeným|suf|CZ SK|s.r.o.;sro;společnost s ručením omezeným',
  'spol. s r.o.|společnost s ručením omezeným|suf|CZ SK|spol. s r.o.;spol. s r. o.;spol.s r.o.',
  'a.s.|akciová společnost|suf|CZ SK|a.s.;akciová společnost;akc. spol.',
  'k.s.|komanditní společnost|suf|CZ SK|k.s.;kom. spol.;komanditní společnost;společnost komanditní',
  'v.o.s.|veřejná obchodní společnost|suf|CZ SK|v.o.s.;veř. obch. spol.;veřejná obchodní společnost',
  'z.s.|zapsaný spolek|suf|CZ|z.s.;zapsaný spolek',
  'o.p.s.|obecně prospěšná společnost|suf|CZ|o.p.s.;obecně prospěšná společnost',
  // Sweden (AB/KB also in Finland). AB first ("AB Volvo") is not recognised: "Ab Inbev".
  'AB|Aktiebolag|suf|SE FI|AB;Aktiebolag',
  'AB (publ)|Aktiebolag (publ)|suf|SE|AB (publ);AB publ',
  'HB|Handelsbolag|suf|SE|HB;Handelsbolag',
  'KB|Kommanditbolag|suf|SE FI|KB;Kommanditbolag',
  // Turkey. The activity words in front of the form are part of the registered suffix.
  'A.Ş.|Anonim Şirketi|suf|TR|A.Ş.;AŞ;Anonim Şirketi;Anonim Şirket',
  'Ltd. Şti.|Limited Şirketi|suf|TR|Ltd. Şti.;Ltd Şti;Ltd. Şirketi;Limited Şirketi;Limited Şirket;Ltd. Sti.',
  'Koll. Şti.|Kollektif Şirketi|suf|TR|Koll. Şti.;Koll Şti;Kollektif Şirketi',
  'Kom. Şti.|Komandit Şirketi|suf|TR|Kom. Şti.;Kom Şti;Komandit Şirketi',
  'San. ve Tic.|Sanayi ve Ticaret|desc|TR|San. ve Tic.;San. Tic.;Sanayi ve Ticaret;Sanayi Ticaret;San. ve Ticaret',
  'Tic.|Ticaret|desc|TR|Tic.;Ticaret',
  'San.|Sanayi|desc|TR|San.;Sanayi',
  // English-speaking markets.
  'Inc.|Incorporated|suf|US CA AU PH|Inc.;Incorporated',
  'Corp.|Corporation|suf|US CA|Corp.;Corporation',
  'Co.|Company|suf|US GB|Co.',
  'LLC|Limited Liability Company|suf|US|LLC;L.L.C.;Limited Liability Company;Ltd. Liability Co.',
  'Ltd.|Limited|suf|GB IE HK NZ AU IN|Ltd.;Limited',
  'LLP|Limited Liability Partnership|suf|GB US SG IN|LLP;L.L.P.;Limited Liability Partnership',
  'LP|Limited Partnership|suf|US GB|LP;L.P.;Limited Partnership',
  'PLC|Public Limited Company|suf|GB IE|PLC;P.L.C.;Public Limited Company',
  'Pty Ltd|Proprietary Limited|suf|AU|Pty Ltd;Pty. Ltd.;Pty Limited;Proprietary Limited',
  'Pte. Ltd.|Private Limited|suf|SG|Pte. Ltd.;Pte Limited;Private Limited',
  'Pvt. Ltd.|Private Limited|suf|IN|Pvt. Ltd.;Pvt Limited;Private Limited',
  'Sdn. Bhd.|Sendirian Berhad|suf|MY|Sdn. Bhd.;Sendirian Berhad',
  'Bhd.|Berhad|suf|MY|Bhd.;Berhad',
  // Continental Europe, frequent in international CRM data.
  'GmbH|Gesellschaft mit beschränkter Haftung|suf|DE AT CH|GmbH;Ges.m.b.H.;Gesellschaft mit beschränkter Haftung',
  'AG|Aktiengesellschaft|suf|DE AT CH|AG;Aktiengesellschaft',
  'KG|Kommanditgesellschaft|suf|DE AT|KG;Kommanditgesellschaft',
  'SE|Societas Europaea|suf|EU|SE;S.E.;Societas Europaea',
  'S.A.|Société Anonyme|suf|FR BE ES LU CH PL|S.A.;Société Anonyme;Sociedad Anónima',
  'SAS|Société par actions simplifiée|suf|FR|SAS;S.A.S.',
  'SARL|Société à responsabilité limitée|suf|FR LU|SARL;S.A.R.L.;Sàrl',
  'B.V.|Besloten Vennootschap|suf|NL BE|B.V.;Besloten Vennootschap',
  'N.V.|Naamloze Vennootschap|suf|NL BE|N.V.;Naamloze Vennootschap',
  'S.r.l.|Società a responsabilità limitata|suf|IT|S.r.l.;Società a responsabilità limitata',
  'S.p.A.|Società per azioni|suf|IT|S.p.A.;Società per azioni',
  'S.L.|Sociedad Limitada|suf|ES|S.L.;Sociedad Limitada',
  'Oy|Osakeyhtiö|suf|FI|Oy;Osakeyhtiö',
  'Oyj|Julkinen osakeyhtiö|suf|FI|Oyj',
  'A/S|Aktieselskab|suf|DK|A/S;Aktieselskab',
  'ApS|Anpartsselskab|suf|DK|ApS;Anpartsselskab',
  'AS|Aksjeselskap|suf|NO|AS;Aksjeselskap',
  'ASA|Allmennaksjeselskap|suf|NO|ASA;Allmennaksjeselskap',
  'sp. z o.o.|spółka z ograniczoną odpowiedzialnością|suf|PL|sp. z o.o.;spółka z ograniczoną odpowiedzialnością',
] as const;
