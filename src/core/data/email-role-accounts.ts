/**
 * Local parts that name a function, not a person ("info@", "sales@"). Written folded: lower-case,
 * no diacritics, no dots/dashes/underscores, so "No-Reply", "no_reply" and "försäljning" match
 * "noreply" and "forsaljning". English plus the words used in our locales (cs, sv, tr, vi, id).
 */
export const ROLE_LOCAL_PARTS: readonly string[] = [
  // English
  'info', 'information', 'sales', 'admin', 'administrator', 'support', 'contact', 'contactus',
  'office', 'hello', 'hi', 'noreply', 'donotreply', 'dontreply', 'marketing', 'billing', 'hr',
  'jobs', 'careers', 'career', 'recruitment', 'recruiting', 'team', 'help', 'helpdesk', 'enquiries',
  'enquiry', 'inquiries', 'inquiry', 'webmaster', 'postmaster', 'hostmaster', 'abuse', 'accounts',
  'accounting', 'finance', 'invoice', 'invoices', 'orders', 'order', 'press', 'media', 'pr', 'legal',
  'privacy', 'security', 'service', 'services', 'customerservice', 'customercare', 'customers',
  'feedback', 'reception', 'newsletter', 'news', 'general', 'booking', 'bookings', 'reservations',
  'partners', 'partner', 'purchasing', 'procurement', 'it', 'root', 'staff', 'all', 'everyone',
  'mail', 'email', 'notifications', 'alerts', 'compliance', 'payroll', 'payments', 'shop', 'store',
  'events', 'studio', 'management', 'operations', 'ops', 'dev', 'devnull', 'welcome', 'mailerdaemon',
  // Czech
  'kontakt', 'obchod', 'podpora', 'fakturace', 'objednavky', 'objednavka', 'recepce', 'sekretariat',
  'kancelar', 'poptavky', 'poptavka', 'reklamace', 'prodej', 'nabidky', 'ucetni', 'ucetnictvi',
  'personalni', 'zakaznickapodpora', 'zakaznickeservis', 'servis', 'provoz', 'vedeni',
  // Swedish
  'forsaljning', 'salj', 'kundtjanst', 'kundservice', 'ekonomi', 'faktura', 'fakturor', 'bokning',
  'jobb', 'hej', 'registrator', 'kansli', 'vaxel', 'kontoret', 'reklamation', 'personal',
  // Turkish
  'bilgi', 'iletisim', 'satis', 'destek', 'muhasebe', 'ik', 'insankaynaklari', 'kariyer', 'siparis',
  'fatura', 'musterihizmetleri', 'halklailiskiler', 'merhaba', 'yonetim', 'pazarlama', 'satinalma',
  'teknikdestek', 'sekreterlik',
  // Vietnamese
  'lienhe', 'hotro', 'cskh', 'kinhdoanh', 'tuyendung', 'ketoan', 'chamsockhachhang', 'banhang',
  'hanhchinh', 'nhansu', 'thongtin', 'hotrokhachhang', 'dathang',
  // Indonesian
  'halo', 'kontak', 'cs', 'layanan', 'pemasaran', 'penjualan', 'keuangan', 'hrd', 'humas',
  'rekrutmen', 'karir', 'tagihan', 'pengaduan', 'bantuan', 'redaksi', 'kantor', 'pelayanan',
];

/**
 * Filler people type when a form demands an email they do not want to give: "noemail@", "test@".
 * Folded like ROLE_LOCAL_PARTS.
 */
export const FILLER_LOCAL_PARTS: readonly string[] = [
  'test', 'testing', 'tester', 'asdf', 'asdfgh', 'qwerty', 'noemail', 'nomail', 'noaddress', 'none',
  'na', 'null', 'nil', 'no', 'nope', 'example', 'sample', 'fake', 'dummy', 'unknown', 'noname',
  'nobody', 'someone', 'anonymous', 'xxx', 'xyz', 'abc', 'abcd', 'foo', 'bar', 'foobar', 'blah',
  'user', 'youremail', 'yourname', 'firstlast', 'idontknow',
  // "none / no email" in cs, sv, tr, vi, id
  'zadny', 'nemame', 'ingen', 'ingenmail', 'yok', 'epostayok', 'khongco', 'khong', 'tidakada',
  'tidak', 'kosong',
];

/** Domains that are reserved for examples or obviously made up. */
export const FILLER_DOMAINS: readonly string[] = [
  'example.com', 'example.org', 'example.net', 'test.com', 'test.test', 'domain.com', 'email.test',
  'noemail.com', 'nomail.com', 'none.com', 'fake.com', 'sample.com', 'mailinator.invalid',
  'yourdomain.com', 'company.com', 'abc.xyz', 'asdf.com', 'xxx.com',
];

/** Top-level domains reserved by RFC 2606 / 6761: never a real mailbox. */
export const RESERVED_TLDS: readonly string[] = ['test', 'example', 'invalid', 'localhost', 'local'];
