/**
 * Header words that tell what a CRM column holds, in English, Indonesian, Vietnamese, Czech,
 * Swedish and Turkish (plus the odd German/Spanish export header). Everything is matched on
 * folded text (foldText: no diacritics, lower-case, punctuation -> space), so each entry is
 * listed once in its natural spelling.
 */
import type { ColumnRole } from '../table';

/** Whole-header synonyms: the header is exactly one of these (after folding). Strongest evidence. */
export const HEADER_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  id: ['ID', 'Record ID', 'Contact ID', 'Lead ID', 'Customer ID', 'Client ID', 'Deal ID', 'Row ID', 'UID', 'No', 'No.', 'Nr', 'Nr.', '#', 'Kode Pelanggan', 'ID Pelanggan', 'Mã KH', 'Mã khách hàng', 'STT', 'Číslo zákazníka', 'Kundnummer', 'Kund-ID', 'Müşteri No', 'Müşteri Kodu', 'Müşteri ID'],
  name: ['Name', 'Full name', 'Fullname', 'Name and surname', 'Name & surname', 'First and last name', 'First & last name', 'Display name', 'Contact name', 'Customer name', 'Client name', 'Lead name', 'Person', 'Contact person', 'Nama', 'Nama Lengkap', 'Nama Kontak', 'Nama Pelanggan', 'Nama Klien', 'Họ và tên', 'Họ tên', 'Tên khách hàng', 'Tên liên hệ', 'Tên đầy đủ', 'Jméno', 'Celé jméno', 'Jméno a příjmení', 'Kontaktní osoba', 'Namn', 'Fullständigt namn', 'Kontaktperson', 'Kundnamn', 'Ad Soyad', 'Adı Soyadı', 'Ad Soyadı', 'Adı ve Soyadı', 'İsim', 'İsim Soyisim', 'Müşteri Adı', 'Yetkili', 'Yetkili Kişi', 'İlgili Kişi'],
  firstName: ['First name', 'Firstname', 'First', 'Given name', 'Forename', 'Nama Depan', 'Tên', 'Tên gọi', 'Křestní jméno', 'Förnamn', 'Tilltalsnamn', 'Ad', 'Adı', 'Vorname', 'Nombre'],
  lastName: ['Last name', 'Lastname', 'Last', 'Surname', 'Family name', 'Nama Belakang', 'Nama Keluarga', 'Họ', 'Họ đệm', 'Příjmení', 'Efternamn', 'Soyad', 'Soyadı', 'Soyisim', 'Nachname', 'Apellido', 'Apellidos'],
  email: ['Email', 'E-mail', 'Email address', 'E-mail address', 'Mail', 'Work email', 'Personal email', 'Business email', 'Emails', 'Surel', 'Alamat email', 'Alamat surel', 'Thư điện tử', 'Địa chỉ email', 'E-mailová adresa', 'E-post', 'E-postadress', 'Epost', 'E-posta', 'E-posta adresi', 'Eposta', 'Mail adresi'],
  phone: ['Phone', 'Phone number', 'Phone no', 'Mobile', 'Mobile phone', 'Mobile number', 'Cell', 'Cell phone', 'Tel', 'Tel.', 'Telephone', 'Work phone', 'Home phone', 'Office phone', 'Direct phone', 'WhatsApp', 'WA', 'No WA', 'Telepon', 'No HP', 'No. HP', 'Nomor HP', 'No Telp', 'No. Telp', 'Nomor Telepon', 'HP', 'Handphone', 'Số điện thoại', 'SĐT', 'SĐT liên hệ', 'Điện thoại', 'Di động', 'Số di động', 'Telefon', 'Mobil', 'Telefonní číslo', 'Mobilní telefon', 'Telefonnummer', 'Mobilnummer', 'Mobiltelefon', 'Cep Telefonu', 'Cep', 'Cep Tel', 'GSM', 'Telefon numarası', 'Telefon No', 'Cep No', 'İş Telefonu'],
  company: ['Company', 'Company name', 'Organization', 'Organisation', 'Organization name', 'Account', 'Account name', 'Business', 'Business name', 'Employer', 'Firm', 'Customer company', 'Perusahaan', 'Nama Perusahaan', 'Instansi', 'Nama Instansi', 'PT', 'Công ty', 'Tên công ty', 'Doanh nghiệp', 'Tên doanh nghiệp', 'Tổ chức', 'Đơn vị', 'Firma', 'Společnost', 'Název firmy', 'Název společnosti', 'Organizace', 'Företag', 'Bolag', 'Företagsnamn', 'Organisation', 'Şirket', 'Şirket Adı', 'Firma Adı', 'Kurum', 'Kuruluş', 'Kurum Adı', 'Unternehmen', 'Empresa'],
  country: ['Country', 'Country/Region', 'Country name', 'Country code', 'Nation', 'Negara', 'Quốc gia', 'Nước', 'Země', 'Stát', 'Land', 'Ülke', 'País', 'Pays'],
  city: ['City', 'Town', 'Suburb', 'Town/City', 'Kota', 'Kabupaten/Kota', 'Kota/Kabupaten', 'Thành phố', 'Tỉnh/Thành phố', 'Tỉnh thành', 'Tỉnh/TP', 'Město', 'Obec', 'Stad', 'Ort', 'Postort', 'Şehir', 'İl', 'Kent', 'Stadt', 'Ciudad', 'Ville'],
  address: ['Address', 'Street', 'Street address', 'Mailing address', 'Billing address', 'Address line 1', 'Alamat', 'Alamat Lengkap', 'Địa chỉ', 'Adresa', 'Ulice', 'Adress', 'Gatuadress', 'Postadress', 'Utdelningsadress', 'Adres', 'Açık Adres', 'Adresse', 'Dirección'],
  title: ['Title', 'Job title', 'Position', 'Role', 'Job', 'Job role', 'Designation', 'Occupation', 'Jabatan', 'Posisi', 'Chức vụ', 'Chức danh', 'Vị trí', 'Pozice', 'Funkce', 'Pracovní pozice', 'Titel', 'Befattning', 'Roll', 'Tjänst', 'Yrkestitel', 'Unvan', 'Ünvan', 'Pozisyon', 'Görev', 'Görevi', 'Meslek', 'Cargo'],
  status: ['Status', 'Lead status', 'Contact status', 'Deal status', 'Stage', 'Deal stage', 'Lifecycle stage', 'Pipeline stage', 'Sales stage', 'Tahap', 'Status Lead', 'Trạng thái', 'Giai đoạn', 'Stav', 'Fáze', 'Stav leadu', 'Fas', 'Säljfas', 'Durum', 'Aşama', 'Lead Durumu', 'Estado'],
  source: ['Source', 'Lead source', 'Original source', 'Channel', 'Sumber', 'Sumber Lead', 'Sumber Prospek', 'Nguồn', 'Nguồn khách hàng', 'Nguồn lead', 'Zdroj', 'Zdroj leadu', 'Källa', 'Leadkälla', 'Kaynak', 'Lead Kaynağı', 'Müşteri Kaynağı', 'Quelle', 'Origen'],
  owner: ['Owner', 'Account owner', 'Contact owner', 'Lead owner', 'Deal owner', 'Sales rep', 'Salesperson', 'Sales owner', 'Assigned to', 'Rep', 'Pemilik', 'PIC', 'Sales PIC', 'Penanggung Jawab', 'Người phụ trách', 'Phụ trách', 'NV phụ trách', 'Nhân viên phụ trách', 'Vlastník', 'Obchodník', 'Odpovědná osoba', 'Ansvarig', 'Säljare', 'Kundansvarig', 'Sorumlu', 'Temsilci', 'Satış Temsilcisi', 'Müşteri Temsilcisi'],
  lastActivity: ['Last activity', 'Last activity date', 'Last contacted', 'Last contact', 'Last contact date', 'Last touch', 'Last interaction', 'Last engagement', 'Date of last contact', 'Terakhir dihubungi', 'Aktivitas terakhir', 'Kontak terakhir', 'Tanggal kontak terakhir', 'Lần liên hệ cuối', 'Liên hệ lần cuối', 'Ngày liên hệ cuối', 'Hoạt động cuối', 'Hoạt động gần nhất', 'Poslední kontakt', 'Poslední aktivita', 'Datum posledního kontaktu', 'Senaste kontakt', 'Senaste aktivitet', 'Senast kontaktad', 'Son iletişim', 'Son aktivite', 'Son görüşme', 'Son temas', 'Son iletişim tarihi'],
  createdAt: ['Created', 'Created at', 'Created date', 'Create date', 'Created on', 'Created time', 'Date created', 'Date added', 'Added', 'Added on', 'Add time', 'Creation date', 'Dibuat', 'Tanggal dibuat', 'Tanggal ditambahkan', 'Tanggal masuk', 'Ngày tạo', 'Ngày thêm', 'Vytvořeno', 'Datum vytvoření', 'Datum přidání', 'Skapad', 'Skapat', 'Skapad datum', 'Oluşturulma tarihi', 'Oluşturma tarihi', 'Kayıt tarihi', 'Eklenme tarihi'],
  website: ['Website', 'Web', 'Web site', 'URL', 'Homepage', 'Domain', 'Company website', 'Situs', 'Situs web', 'Trang web', 'Website công ty', 'Webové stránky', 'Web firmy', 'Webbplats', 'Hemsida', 'Webbsida', 'Web sitesi', 'İnternet sitesi'],
  postcode: ['Postcode', 'Post code', 'Postal code', 'Zip', 'Zip code', 'ZIP/Postal code', 'Postal/Zip code', 'Kode Pos', 'Mã bưu chính', 'Mã bưu điện', 'PSČ', 'Poštovní směrovací číslo', 'Postnummer', 'Posta Kodu', 'PLZ'],
  state: ['State', 'Province', 'Region', 'State/Province', 'State/Region', 'Provinsi', 'Propinsi', 'Tỉnh', 'Kraj', 'Län', 'Bölge', 'Eyalet', 'Bundesland'],
  streetNumber: ['Street number', 'House number', 'Street no', 'Nomor Rumah', 'No Rumah', 'Số nhà', 'Číslo popisné', 'Č.p.', 'Číslo domu', 'Gatunummer', 'Husnummer', 'Bina No', 'Kapı No', 'Hausnummer'],
  birthDate: ['Birthday', 'Date of birth', 'DOB', 'Birth date', 'Birthdate', 'Tanggal Lahir', 'Tgl Lahir', 'Ngày sinh', 'Datum narození', 'Födelsedatum', 'Födelsedag', 'Doğum Tarihi', 'Geburtsdatum'],
  nationalId: ['National ID', 'National identity number', 'SSN', 'Social security number', 'Social security ID', 'Soc sec ID', 'NIK', 'KTP', 'No KTP', 'Nomor KTP', 'CCCD', 'CMND', 'Số CCCD', 'Số CMND', 'Rodné číslo', 'RČ', 'Personnummer', 'TC Kimlik No', 'TC Kimlik Numarası', 'T.C. Kimlik No', 'TCKN', 'Kimlik No'],
  notes: ['Notes', 'Note', 'Comments', 'Comment', 'Remarks', 'Description', 'Memo', 'Catatan', 'Keterangan', 'Ghi chú', 'Mô tả', 'Poznámka', 'Poznámky', 'Komentář', 'Anteckningar', 'Anteckning', 'Kommentar', 'Kommentarer', 'Notlar', 'Not', 'Açıklama', 'Yorum'],
};

/**
 * Keyword rules for headers that are not exact synonyms ("Company phone", "Email 2", "Lead
 * owner name"). Checked in this order; the first rule with a keyword present as whole words
 * wins, so the more specific rules come first: "Last email date" is an activity date, not an
 * email; "Company phone" is a phone, "Company address" an address, not the company.
 */
export const HEADER_KEYWORDS: readonly (readonly [ColumnRole, readonly string[]])[] = [
  ['lastActivity', ['last activity', 'last contact', 'last contacted', 'last touch', 'last interaction', 'last call', 'last meeting', 'last email', 'last engagement', 'terakhir dihubungi', 'aktivitas terakhir', 'kontak terakhir', 'lien he cuoi', 'lien he lan cuoi', 'hoat dong cuoi', 'posledni kontakt', 'posledni aktivita', 'posledniho kontaktu', 'senaste kontakt', 'senaste aktivitet', 'senast kontaktad', 'son iletisim', 'son aktivite', 'son gorusme', 'son temas']],
  ['createdAt', ['created', 'date added', 'added on', 'add time', 'creation date', 'dibuat', 'ngay tao', 'vytvoreno', 'datum vytvoreni', 'skapad', 'olusturulma', 'olusturma', 'kayit tarihi', 'eklenme tarihi']],
  ['phone', ['phone', 'mobile', 'tel', 'telephone', 'cell', 'whatsapp', 'wa', 'hp', 'handphone', 'telepon', 'telp', 'dien thoai', 'sdt', 'di dong', 'telefon', 'mobil', 'telefonnummer', 'mobilnummer', 'mobiltelefon', 'telefonni', 'cep', 'gsm']],
  ['email', ['email', 'e mail', 'mail', 'surel', 'e post', 'epost', 'e posta', 'eposta', 'thu dien tu']],
  ['website', ['website', 'web', 'url', 'homepage', 'situs', 'trang web', 'webove', 'webbplats', 'hemsida', 'web sitesi']],
  ['birthDate', ['birth', 'birthday', 'dob', 'lahir', 'ngay sinh', 'narozeni', 'fodelsedatum', 'dogum']],
  ['nationalId', ['ssn', 'social security', 'soc sec', 'national id', 'nik', 'ktp', 'cccd', 'cmnd', 'rodne cislo', 'personnummer', 'kimlik', 'tckn']],
  ['postcode', ['postcode', 'postal code', 'post code', 'zip', 'kode pos', 'ma buu chinh', 'ma buu dien', 'psc', 'postnummer', 'posta kodu']],
  ['streetNumber', ['street number', 'house number', 'nomor rumah', 'so nha', 'cislo popisne', 'gatunummer', 'husnummer', 'kapi no']],
  ['address', ['address', 'street', 'alamat', 'dia chi', 'adresa', 'ulice', 'adress', 'gatuadress', 'postadress', 'adres']],
  ['country', ['country', 'negara', 'quoc gia', 'zeme', 'land', 'ulke']],
  ['city', ['city', 'town', 'suburb', 'kota', 'thanh pho', 'mesto', 'stad', 'postort', 'sehir']],
  ['state', ['state', 'province', 'provinsi', 'region', 'kraj', 'lan', 'bolge', 'eyalet']],
  ['owner', ['owner', 'sales rep', 'salesperson', 'assigned to', 'pic', 'pemilik', 'penanggung jawab', 'phu trach', 'vlastnik', 'obchodnik', 'ansvarig', 'saljare', 'sorumlu', 'temsilci']],
  ['status', ['status', 'stage', 'tahap', 'trang thai', 'giai doan', 'stav', 'faze', 'fas', 'durum', 'asama', 'lifecycle']],
  ['source', ['source', 'sumber', 'nguon', 'zdroj', 'kalla', 'kaynak', 'kaynagi']],
  ['company', ['company', 'organization', 'organisation', 'employer', 'perusahaan', 'instansi', 'cong ty', 'doanh nghiep', 'firma', 'spolecnost', 'organizace', 'foretag', 'bolag', 'foretagsnamn', 'sirket', 'kurum', 'kurulus']],
  ['title', ['job title', 'title', 'position', 'designation', 'jabatan', 'posisi', 'chuc vu', 'chuc danh', 'pozice', 'funkce', 'titel', 'befattning', 'unvan', 'pozisyon', 'gorev']],
  ['notes', ['notes', 'note', 'comments', 'comment', 'remarks', 'catatan', 'keterangan', 'ghi chu', 'poznamka', 'poznamky', 'anteckningar', 'kommentar', 'notlar', 'aciklama']],
  ['lastName', ['last name', 'surname', 'family name', 'nama belakang', 'prijmeni', 'efternamn', 'soyad', 'soyadi', 'soyisim']],
  ['firstName', ['first name', 'given name', 'forename', 'nama depan', 'krestni', 'fornamn']],
  ['name', ['name', 'nama', 'ho ten', 'ho va ten', 'jmeno', 'namn', 'isim', 'contact']],
  ['id', ['id']],
];

/**
 * Words that make a header describe something *about* an email/phone/company/name rather than
 * the value itself: "Email status", "Phone verified", "Email opt-in", "Company size", "Company
 * ID". Such a column holds flags, numbers or codes, so it gets no role. "Email status" is not
 * the lead status either: an email verification result ("bounced") must not feed lead-status
 * rules. A plain "Lead status" never reaches this list (the status rule takes it).
 */
const ABOUT_A_VALUE = ['status', 'verified', 'verification', 'valid', 'validity', 'opt', 'optin', 'opted', 'consent', 'bounce', 'bounced', 'unsubscribed', 'subscribed', 'type', 'count', 'score', 'sent', 'opened', 'clicked', 'domain'];
// Who did something, not when: "Created by", "Modified by" hold a user's name.
const ABOUT_A_DATE = ['by', 'oleh', 'boi', 'kym', 'av', 'tarafindan'];
export const METADATA_WORDS: Readonly<Partial<Record<ColumnRole, readonly string[]>>> = {
  email: ABOUT_A_VALUE,
  // An assistant's line belongs to someone else (Zoho's "Asst Phone", Salesforce's "Assistant Phone").
  phone: [...ABOUT_A_VALUE, 'assistant', 'asst'],
  name: ABOUT_A_VALUE,
  createdAt: ABOUT_A_DATE,
  lastActivity: ABOUT_A_DATE,
  // A handle on another service ("Skype ID", "Twitter ID") is not this sheet's record id.
  id: ['skype', 'twitter', 'facebook', 'linkedin', 'instagram', 'telegram', 'zalo', 'line', 'wechat', 'google', 'apple', 'tax', 'vat'],
  // Company registration and tax numbers: IČO/DIČ (cs), NPWP (id), MST (vi), vergi no (tr).
  company: [...ABOUT_A_VALUE, 'size', 'industry', 'revenue', 'employees', 'id', 'number', 'no', 'nr', 'code', 'vat', 'tax', 'registration', 'ico', 'dic', 'npwp', 'mst', 'vergi', 'sektor', 'nganh'],
};

/**
 * Headers that say "contact" without saying how: the values decide (an email or phone column),
 * else the role given here (null: leave it alone).
 */
export const VAGUE_HEADERS: Readonly<Record<string, ColumnRole | null>> = {
  Contact: 'name',
  Kontakt: 'name',
  Kontak: 'name',
  'Liên hệ': null,
  'Thông tin liên hệ': null,
  'Contact info': null,
  'Contact details': null,
  'Kontaktní údaje': null,
  Kontaktuppgifter: null,
  İletişim: null,
  'İletişim Bilgileri': null,
};

/**
 * Bare "name" headers that mean the first name when the sheet also has a last-name column
 * ("Name" + "Surname", "Jméno" + "Příjmení", "Namn" + "Efternamn", "İsim" + "Soyisim").
 */
export const BARE_NAME_HEADERS: readonly string[] = ['Name', 'Nama', 'Jméno', 'Namn', 'İsim'];

/**
 * Headers that mean the given name next to a family-name column but the whole name on their
 * own: Vietnamese "Tên" (with "Họ" it is the given name; alone, CRMs use it for the full name).
 */
export const GIVEN_OR_FULL_NAME_HEADERS: readonly string[] = ['Tên'];

/**
 * Headers that contain a role's word but hold something else, so they get no role at all:
 * a middle or maiden name is not the full name (read as one, it would hide the first and last
 * name columns and make everyone who shares a middle name "the same"); a county is neither the
 * state nor the city; a salutation or suffix is not a name.
 */
export const NO_ROLE_HEADERS: readonly string[] = [
  // HubSpot's flag for billing contacts as marketing contacts, not the lead status.
  'Marketing contact status',
  'Middle name', 'Middle names', 'Middle initial', 'Maiden name', 'Birth name', 'Nickname', 'Preferred name', 'Salutation', 'Suffix', 'Name suffix', 'Name prefix',
  'Nama Tengah', 'Tên đệm', 'Tên lót', 'Druhé jméno', 'Rodné příjmení', 'Mellannamn', 'İkinci Ad', 'İkinci Adı', 'Göbek Adı', 'Kızlık Soyadı',
  'County', 'Quận/Huyện', 'Quận', 'Huyện', 'Okres', 'İlçe',
];

/**
 * Words that may stand next to a name word in a header that still means the person's full name
 * ("Contact name", "Customer full name", "Nama Pelanggan", "Họ tên khách hàng"). A header with
 * any other word beside "name" ("Campaign name", "Deal name", "Vendor name", "Emergency contact",
 * "Nama Ibu") names something or someone else and gets no role.
 */
export const PERSON_NAME_QUALIFIERS: readonly string[] = [
  'full', 'complete', 'display', 'contact', 'customer', 'client', 'lead', 'person', 'people', 'prospect', 'member', 'primary', 'main', 'the', 'your', 'and', 'of',
  'lengkap', 'kontak', 'pelanggan', 'klien', 'konsumen', 'pembeli',
  'khach', 'hang', 'lien', 'he', 'day', 'du', 'nguoi',
  'cele', 'zakaznika', 'kontaktu', 'klienta', 'osoby', 'kontaktni', 'osoba',
  'fullstandigt', 'kund', 'kontaktperson', 'kundens',
  'musteri', 'kisi', 'yetkili', 'ilgili', 'tam', 'soyad', 'soyadi', 'adi', 've',
];

/** The words of the name rule's phrases: what is left of a header without them is its qualifier. */
export const NAME_WORDS: readonly string[] = ['name', 'nama', 'ho', 'ten', 'va', 'jmeno', 'a', 'prijmeni', 'namn', 'isim', 'contact'];

/**
 * First parts of exports that write "Entity - Field" headers (Pipedrive: "Organization - Name",
 * "Person - Name"): under an organisation, "Name" is the company, not a person.
 */
export const ORGANISATION_ENTITIES: readonly string[] = ['Organization', 'Organisation', 'Org', 'Company', 'Account', 'Perusahaan', 'Công ty', 'Společnost', 'Organizace', 'Företag', 'Organisation', 'Şirket', 'Kurum'];
