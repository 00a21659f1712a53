/**
 * Canonical job titles and their variants in English, Indonesian, Vietnamese, Czech, Swedish and
 * Turkish. Keys are the canonical (English) titles written to the sheet; values are variants as
 * people type them. Matching is done on folded text (no diacritics, lower-case, punctuation
 * removed), with common abbreviations expanded and token order ignored ("Marketing Chief" =
 * "Chief Marketing"), so variants only need listing once in one spelling.
 *
 * Classes are kept distinct by level: C-level, VP, Director, Head, Manager, individual roles.
 * "Head of Marketing" is not "Chief Marketing Officer", and "Marketing Director" is not either
 * in English, where companies use all three.
 *
 * Local "<function> director" titles (Pazarlama Direktörü, Giám đốc tiếp thị, Direktur
 * Keuangan, Finanční ředitel, Ekonomichef ...) are the top executive of that function: those
 * languages have no separate C-suite word, and the product's own example puts "Pazarlama
 * Direktörü", "Giám đốc tiếp thị" and "Trưởng phòng tiếp thị" in the Chief Marketing Officer
 * class. They therefore map to the C-level class, for every function, consistently.
 *
 * Other decisions:
 *  - Turkish "Genel Müdür", Vietnamese "Tổng giám đốc", Indonesian "Direktur Utama", Czech
 *    "Generální ředitel" and Swedish "VD" are the chief executive of the company: CEO.
 *    English "General Manager" stays its own class.
 *  - Czech "Jednatel" (the statutory executive of an s.r.o.) is a Managing Director.
 *  - "CSO" is read as Chief Sales Officer: in a CRM the sales reading is by far the common one.
 *  - Bare "Sales", "Marketing", "Chef" and "Admin"-like department words are not titles and are
 *    left alone, except where listed.
 */
export const TITLE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // --- C-level -------------------------------------------------------------------------------
  'Chief Executive Officer': [
    'CEO', 'C.E.O.', 'Chief Executive', 'Chief Exec', 'Group CEO',
    'Direktur Utama', 'Dirut', 'Presiden Direktur', 'Presdir', 'Direktur Eksekutif',
    'Giám đốc điều hành', 'Tổng giám đốc', 'TGĐ', 'Tổng giám đốc điều hành',     'Generální ředitel', 'Generální ředitelka', 'Výkonný ředitel', 'Výkonná ředitelka', 'Generální ředitel a předseda představenstva',
    'VD', 'Verkställande direktör', 'Koncernchef',
    'Genel Müdür', 'İcra Kurulu Başkanı', 'İcra Başkanı', 'Üst Yönetici',
  ],
  'Chief Financial Officer': [
    'CFO', 'Chief Finance Officer', 'Finance Chief', 'Chief Financial',
    'Direktur Keuangan',
    'Giám đốc tài chính',
    'Finanční ředitel', 'Finanční ředitelka', 'Ekonomický ředitel', 'Ekonomická ředitelka',
    'Ekonomichef', 'Finanschef', 'Finansdirektör', 'Ekonomidirektör',
    'Finans Direktörü', 'Mali İşler Direktörü', 'Mali İşlerden Sorumlu Genel Müdür Yardımcısı',
  ],
  'Chief Technology Officer': [
    'CTO', 'Chief Technical Officer', 'Chief Technology', 'Technology Chief',
    'Direktur Teknologi', 'Direktur Teknik',
    'Giám đốc công nghệ', 'Giám đốc kỹ thuật',
    'Technický ředitel', 'Technická ředitelka', 'Ředitel technologií',
    'Teknisk chef', 'Teknisk direktör', 'Teknikchef', 'Teknikdirektör',
    'Teknoloji Direktörü', 'Teknik Direktör', 'Teknoloji Müdürü',
  ],
  'Chief Operating Officer': [
    'COO', 'Chief Operations Officer', 'Operations Chief',
    'Direktur Operasional', 'Direktur Operasi',
    'Giám đốc vận hành', 'Giám đốc hoạt động',
    'Provozní ředitel', 'Provozní ředitelka', 'Ředitel provozu',
    'Operativ chef', 'Driftdirektör', 'Operativ direktör',
    'Operasyon Direktörü', 'Operasyonlardan Sorumlu Genel Müdür Yardımcısı',
  ],
  'Chief Marketing Officer': [
    'CMO', 'Marketing Chief', 'Chief Marketing', 'Chief of Marketing',
    'Direktur Pemasaran', 'Direktur Marketing',
    'Giám đốc tiếp thị', 'Giám đốc marketing', 'Trưởng phòng tiếp thị', 'Trưởng phòng marketing',
    'Marketingový ředitel', 'Marketingová ředitelka', 'Ředitel marketingu', 'Ředitelka marketingu',
    'Marknadschef', 'Marknadsdirektör', 'Marknadsföringschef',
    'Pazarlama Direktörü', 'Pazarlamadan Sorumlu Genel Müdür Yardımcısı',
  ],
  'Chief Information Officer': [
    'CIO', 'Chief Information', 'IT Chief',
    'Direktur TI', 'Direktur IT', 'Direktur Teknologi Informasi',
    'Giám đốc CNTT', 'Giám đốc công nghệ thông tin', 'Giám đốc thông tin',
    'IT ředitel', 'Ředitel IT', 'Ředitel informatiky',
    'IT-direktör', 'IT-chef', 'CIO/IT-chef', 'Informationschef',
    'Bilgi Teknolojileri Direktörü', 'Bilgi İşlem Direktörü', 'BT Direktörü',
  ],
  'Chief Human Resources Officer': [
    'CHRO', 'Chief HR Officer', 'Chief People Officer', 'Chief Human Resources',
    'Direktur SDM', 'Direktur HRD', 'Direktur Sumber Daya Manusia', 'Direktur HR',
    'Giám đốc nhân sự',
    'Personální ředitel', 'Personální ředitelka', 'HR ředitel', 'HR ředitelka', 'Ředitel lidských zdrojů',
    'HR-direktör', 'Personaldirektör',
    'İnsan Kaynakları Direktörü', 'İK Direktörü',
  ],
  'Chief Sales Officer': [
    'CSO', 'Sales Chief', 'Chief Sales', 'Chief of Sales',
    'Direktur Penjualan', 'Direktur Sales', 'Direktur Niaga',
    'Giám đốc kinh doanh', 'Giám đốc bán hàng',
    'Obchodní ředitel', 'Obchodní ředitelka', 'Ředitel obchodu', 'Ředitel prodeje',
    'Försäljningsdirektör', 'Säljdirektör',
    'Satış Direktörü', 'Satıştan Sorumlu Genel Müdür Yardımcısı',
  ],
  'Chief Revenue Officer': ['CRO', 'Chief Revenue'],
  'Chief Commercial Officer': ['CCO', 'Chief Commercial', 'Komerční ředitel', 'Kommersiell direktör', 'Ticari Direktör'],
  'Chief Product Officer': ['Chief Product', 'Direktur Produk', 'Giám đốc sản phẩm', 'Produktový ředitel', 'Produktdirektör', 'Ürün Direktörü'],

  // --- Founders, owners, board ---------------------------------------------------------------
  Founder: ['Pendiri', 'Nhà sáng lập', 'Người sáng lập', 'Zakladatel', 'Zakladatelka', 'Grundare', 'Grundaren', 'Kurucu'],
  'Co-Founder': ['Cofounder', 'Co Founder', 'Salah Satu Pendiri', 'Pendiri Bersama', 'Đồng sáng lập', 'Đồng sáng lập viên', 'Spoluzakladatel', 'Spoluzakladatelka', 'Medgrundare', 'Kurucu Ortak', 'Ortak Kurucu'],
  'Founder & CEO': ['Founder and CEO', 'Founder, CEO', 'Founder/CEO', 'CEO & Founder', 'Founder & Chief Executive Officer', 'Pendiri & CEO', 'Nhà sáng lập kiêm CEO', 'Zakladatel a CEO', 'Grundare och VD', 'Kurucu ve CEO'],
  'Co-Founder & CEO': ['Co-Founder and CEO', 'Cofounder & CEO', 'Cofounder and CEO', 'Co-Founder/CEO', 'CEO & Co-Founder', 'Medgrundare och VD'],
  Owner: ['Business Owner', 'Proprietor', 'Company Owner', 'Pemilik', 'Pemilik Usaha', 'Pemilik Perusahaan', 'Chủ sở hữu', 'Chủ doanh nghiệp', 'Majitel', 'Majitelka', 'Vlastník', 'Majitel firmy', 'Ägare', 'Sahibi', 'Firma Sahibi', 'İşletme Sahibi', 'Şirket Sahibi'],
  Partner: ['Managing Partner', 'Mitra', 'Đối tác', 'Společník', 'Delägare', 'Ortak', 'Şirket Ortağı'],
  President: ['Pres', 'Presiden', 'Prezident', 'Prezidentka', 'Başkan'],
  Chairman: ['Chairman of the Board', 'Chairwoman', 'Chairperson', 'Chair', 'Board Chair', 'Chair of the Board', 'Komisaris Utama', 'Presiden Komisaris', 'Chủ tịch', 'Chủ tịch HĐQT', 'Chủ tịch hội đồng quản trị', 'Předseda představenstva', 'Předsedkyně představenstva', 'Styrelseordförande', 'Ordförande', 'Yönetim Kurulu Başkanı', 'YKB'],
  'Board Member': ['Member of the Board', 'Non-Executive Director', 'Komisaris', 'Thành viên HĐQT', 'Thành viên hội đồng quản trị', 'Člen představenstva', 'Členka představenstva', 'Styrelseledamot', 'Yönetim Kurulu Üyesi'],
  'Managing Director': ['MD', 'Mng Dir', 'Direktur Pelaksana', 'Jednatel', 'Jednatelka', 'Jednatel společnosti', 'Murahhas Aza', 'Murahhas Üye', 'Geschäftsführer'],
  'General Manager': ['GM', 'Manajer Umum', 'Tổng quản lý', 'Generální manažer', 'Generální manažerka'],

  // --- Vice presidents -----------------------------------------------------------------------
  'Vice President': ['VP', 'V.P.', 'Wakil Presiden', 'Viceprezident', 'Viceprezidentka', 'Vicepresident', 'Başkan Yardımcısı'],
  'Senior Vice President': ['SVP', 'S.V.P.'],
  'Executive Vice President': ['EVP', 'E.V.P.'],
  'Vice President of Sales': ['VP Sales', 'VP of Sales', 'Sales VP', 'Vice President Sales', 'VP Sales & Business Development', 'Wakil Presiden Penjualan', 'Viceprezident pro obchod'],
  'Vice President of Marketing': ['VP Marketing', 'VP of Marketing', 'Marketing VP', 'Wakil Presiden Pemasaran', 'Viceprezident pro marketing'],
  'Vice President of Engineering': ['VP Engineering', 'VP Eng', 'VP of Engineering', 'Engineering VP'],
  'Vice President of Operations': ['VP Operations', 'VP Ops', 'VP of Operations'],
  'Vice President of Finance': ['VP Finance', 'VP of Finance'],
  'Deputy Director': ['Wakil Direktur', 'Phó giám đốc', 'PGĐ', 'Zástupce ředitele', 'Zástupkyně ředitele', 'Biträdande direktör', 'Vice VD', 'Direktör Yardımcısı', 'Genel Müdür Yardımcısı'],

  // --- Directors and heads (English level; see the header for local director titles) -------
  Director: ['Direktur', 'Giám đốc', 'GĐ', 'Ředitel', 'Ředitelka', 'Direktör'],
  'Sales Director': ['Director of Sales', 'Sales Dir'],
  'Marketing Director': ['Director of Marketing', 'Marketing Dir'],
  'Finance Director': ['Director of Finance', 'Financial Director', 'FD'],
  'IT Director': ['Director of IT', 'Director of Information Technology'],
  'HR Director': ['Director of HR', 'Human Resources Director', 'Director of Human Resources', 'People Director'],
  'Operations Director': ['Director of Operations', 'Ops Director'],
  'Technical Director': ['Director of Technology', 'Engineering Director', 'Director of Engineering'],
  'Head of Sales': ['Sales Head', 'Kepala Penjualan', 'Kepala Bagian Penjualan', 'Kabag Penjualan', 'Trưởng phòng kinh doanh', 'Trưởng phòng bán hàng', 'TPKD', 'Vedoucí obchodu', 'Vedoucí prodeje', 'Vedoucí obchodního oddělení', 'Försäljningsansvarig', 'Säljansvarig', 'Satış Şefi', 'Satış Departmanı Başkanı'],
  'Head of Marketing': ['Marketing Head', 'Kepala Pemasaran', 'Kepala Bagian Pemasaran', 'Kabag Pemasaran', 'Kepala Marketing', 'Vedoucí marketingu', 'Vedoucí marketingového oddělení', 'Marknadsansvarig', 'Pazarlama Şefi'],
  'Head of Department': ['Department Head', 'Kepala Bagian', 'Kabag', 'Kepala Departemen', 'Kepala Divisi', 'Trưởng phòng', 'Trưởng bộ phận', 'Vedoucí oddělení', 'Avdelningschef', 'Departman Müdürü', 'Bölüm Müdürü', 'Birim Müdürü'],

  // --- Managers ------------------------------------------------------------------------------
  Manager: ['Manajer', 'Quản lý', 'Manažer', 'Manažerka', 'Yönetici', 'Müdür'],
  'Sales Manager': ['Manager of Sales', 'Manajer Penjualan', 'Manajer Sales', 'Sales Mgr', 'Quản lý bán hàng', 'Quản lý kinh doanh', 'Obchodní manažer', 'Obchodní manažerka', 'Manažer prodeje', 'Försäljningschef', 'Säljchef', 'Satış Müdürü', 'Satış Yöneticisi'],
  'Marketing Manager': ['Manajer Pemasaran', 'Manajer Marketing', 'Quản lý marketing', 'Quản lý tiếp thị', 'Marketingový manažer', 'Marketingová manažerka', 'Manažer marketingu', 'Marknadsföringsansvarig', 'Pazarlama Müdürü', 'Pazarlama Yöneticisi'],
  'Account Manager': ['Acct Manager', 'Client Manager', 'Manajer Akun', 'Quản lý khách hàng', 'Account manažer', 'Account manažerka', 'Manažer klientů', 'Kundansvarig', 'Kundansvarig säljare', 'Müşteri Yöneticisi', 'Hesap Yöneticisi'],
  'Key Account Manager': ['KAM', 'Key Account Mgr', 'Key Account Manažer', 'Nyckelkundsansvarig', 'Kilit Müşteri Yöneticisi', 'Quản lý khách hàng chiến lược'],
  'Business Development Manager': ['BDM', 'Biz Dev Manager', 'BizDev Manager', 'Manajer Pengembangan Bisnis', 'Quản lý phát triển kinh doanh', 'Trưởng phòng phát triển kinh doanh', 'Manažer rozvoje obchodu', 'Manažer obchodního rozvoje', 'Affärsutvecklingschef', 'İş Geliştirme Müdürü', 'İş Geliştirme Yöneticisi'],
  'Product Manager': ['Manajer Produk', 'Quản lý sản phẩm', 'Produktový manažer', 'Produktová manažerka', 'Produktchef', 'Produktansvarig', 'Ürün Müdürü', 'Ürün Yöneticisi'],
  'Project Manager': ['Manajer Proyek', 'Manajer Project', 'Quản lý dự án', 'Giám đốc dự án', 'Projektový manažer', 'Projektová manažerka', 'Vedoucí projektu', 'Projektledare', 'Projektchef', 'Proje Müdürü', 'Proje Yöneticisi'],
  'HR Manager': ['Human Resources Manager', 'Personnel Manager', 'People Manager', 'Manajer SDM', 'Manajer HRD', 'HRD Manager', 'Manajer HR', 'Manajer Personalia', 'Trưởng phòng nhân sự', 'Quản lý nhân sự', 'HR manažer', 'HR manažerka', 'Personální manažer', 'Vedoucí personálního oddělení', 'HR-chef', 'Personalchef', 'HR-ansvarig', 'Personalansvarig', 'İnsan Kaynakları Müdürü', 'İK Müdürü', 'Personel Müdürü'],
  'Office Manager': ['Manajer Kantor', 'Kepala Kantor', 'Quản lý văn phòng', 'Chánh văn phòng', 'Office manažer', 'Office manažerka', 'Vedoucí kanceláře', 'Kontorschef', 'Kontorsansvarig', 'Ofis Müdürü', 'Ofis Yöneticisi'],
  'Purchasing Manager': ['Procurement Manager', 'Purchase Manager', 'Purchasing Mgr', 'Buying Manager', 'Manajer Pembelian', 'Manajer Pengadaan', 'Trưởng phòng mua hàng', 'Quản lý mua hàng', 'Trưởng phòng thu mua', 'Vedoucí nákupu', 'Manažer nákupu', 'Nákupní manažer', 'Inköpschef', 'Inköpsansvarig', 'Satın Alma Müdürü', 'Satınalma Müdürü', 'Satın Alma Yöneticisi'],
  'Operations Manager': ['Ops Manager', 'Manajer Operasional', 'Quản lý vận hành', 'Trưởng phòng vận hành', 'Provozní manažer', 'Vedoucí provozu', 'Driftchef', 'Driftansvarig', 'Operasyon Müdürü', 'Operasyon Yöneticisi'],
  'Finance Manager': ['Financial Manager', 'Manajer Keuangan', 'Trưởng phòng tài chính', 'Quản lý tài chính', 'Finanční manažer', 'Finanční manažerka', 'Ekonomiansvarig', 'Finansansvarig', 'Mali İşler Müdürü', 'Finans Müdürü', 'Muhasebe ve Finans Müdürü'],
  'IT Manager': ['Manajer TI', 'Manajer IT', 'Trưởng phòng IT', 'Trưởng phòng CNTT', 'IT manažer', 'Vedoucí IT', 'IT-ansvarig', 'Bilgi İşlem Müdürü', 'BT Müdürü', 'Bilgi Teknolojileri Müdürü', 'IT Müdürü'],
  'Customer Success Manager': ['CSM', 'Client Success Manager', 'Customer Success Mgr'],
  'Branch Manager': ['Kepala Cabang', 'Manajer Cabang', 'Pimpinan Cabang', 'Giám đốc chi nhánh', 'Trưởng chi nhánh', 'Vedoucí pobočky', 'Ředitel pobočky', 'Filialchef', 'Şube Müdürü'],
  'Store Manager': ['Shop Manager', 'Kepala Toko', 'Cửa hàng trưởng', 'Quản lý cửa hàng', 'Vedoucí prodejny', 'Butikschef', 'Mağaza Müdürü'],
  'Chief Accountant': ['Head Accountant', 'Kế toán trưởng', 'Hlavní účetní', 'Chefsredovisare', 'Muhasebe Müdürü', 'Kepala Akuntansi'],

  // --- Individual roles ----------------------------------------------------------------------
  'Account Executive': ['AE', 'Account Exec', 'Acct Exec'],
  'Sales Representative': ['Sales Rep', 'Salesperson', 'Sales Person', 'Salesman', 'Saleswoman', 'Sales Agent', 'Sales Associate', 'Sales Executive', 'Tenaga Penjual', 'Wiraniaga', 'Staf Penjualan', 'Staff Sales', 'Sales Staff', 'Nhân viên kinh doanh', 'NVKD', 'Nhân viên bán hàng', 'Obchodní zástupce', 'Obchodní zástupkyně', 'Obchodník', 'Obchodnice', 'Prodejce', 'Säljare', 'Försäljare', 'Innesäljare', 'Utesäljare', 'Satış Temsilcisi', 'Satış Elemanı', 'Satış Uzmanı', 'Satış Danışmanı'],
  'Business Development Representative': ['BDR', 'Business Development Rep', 'Business Developer', 'Business Development Executive', 'Affärsutvecklare', 'İş Geliştirme Uzmanı', 'Nhân viên phát triển kinh doanh'],
  'Sales Development Representative': ['SDR', 'Sales Development Rep'],
  'Customer Service Representative': ['Customer Service', 'Customer Service Rep', 'CSR', 'Customer Support', 'Customer Support Representative', 'Customer Care', 'Layanan Pelanggan', 'Staf Layanan Pelanggan', 'Nhân viên chăm sóc khách hàng', 'CSKH', 'Chăm sóc khách hàng', 'Zákaznická podpora', 'Pracovník zákaznické podpory', 'Operátor zákaznické linky', 'Kundtjänst', 'Kundtjänstmedarbetare', 'Kundservice', 'Müşteri Temsilcisi', 'Müşteri Hizmetleri Temsilcisi', 'Müşteri Hizmetleri'],
  'Marketing Specialist': ['Marketing Executive', 'Marketing Staff', 'Marketing Officer', 'Marketing Coordinator', 'Staf Pemasaran', 'Staf Marketing', 'Chuyên viên marketing', 'Nhân viên marketing', 'Nhân viên tiếp thị', 'Marketingový specialista', 'Marketingová specialistka', 'Marknadsförare', 'Marknadskoordinator', 'Pazarlama Uzmanı', 'Pazarlama Sorumlusu'],
  'Software Engineer': ['Software Developer', 'Software Engr', 'SWE', 'Programmer', 'Insinyur Perangkat Lunak', 'Pengembang Perangkat Lunak', 'Programmer Komputer', 'Kỹ sư phần mềm', 'Lập trình viên', 'Softwarový inženýr', 'Programátor', 'Programátorka', 'Vývojář softwaru', 'Mjukvaruutvecklare', 'Systemutvecklare', 'Mjukvaruingenjör', 'Programmerare', 'Yazılım Mühendisi', 'Yazılım Geliştirici', 'Yazılımcı'],
  Developer: ['Dev', 'Web Developer', 'Pengembang', 'Vývojář', 'Vývojářka', 'Utvecklare', 'Geliştirici'],
  Engineer: ['Engr', 'Insinyur', 'Kỹ sư', 'Inženýr', 'Inženýrka', 'Ingenjör', 'Mühendis'],
  Technician: ['Teknisi', 'Kỹ thuật viên', 'Technik', 'Technička', 'Tekniker', 'Teknisyen'],
  'Data Analyst': ['Analis Data', 'Chuyên viên phân tích dữ liệu', 'Datový analytik', 'Datová analytička', 'Dataanalytiker', 'Veri Analisti'],
  'Business Analyst': ['Analis Bisnis', 'Chuyên viên phân tích kinh doanh', 'Business analytik', 'Affärsanalytiker', 'İş Analisti'],
  Accountant: ['Akuntan', 'Staf Akuntansi', 'Staf Accounting', 'Kế toán', 'Nhân viên kế toán', 'Kế toán viên', 'Účetní', 'Redovisningsekonom', 'Ekonomiassistent', 'Muhasebeci', 'Muhasebe Uzmanı', 'Muhasebe Elemanı'],
  Consultant: ['Konsultan', 'Tư vấn viên', 'Chuyên viên tư vấn', 'Konzultant', 'Konzultantka', 'Konsult', 'Danışman'],
  Buyer: ['Purchaser', 'Purchasing Agent', 'Procurement Specialist', 'Purchasing Officer', 'Staf Pembelian', 'Staf Pengadaan', 'Nhân viên mua hàng', 'Nhân viên thu mua', 'Nákupčí', 'Referent nákupu', 'Inköpare', 'Satın Alma Uzmanı', 'Satınalma Uzmanı', 'Satın Alma Sorumlusu'],
  Recruiter: ['Talent Acquisition Specialist', 'Rekruter', 'Chuyên viên tuyển dụng', 'Náborář', 'Náborářka', 'Rekryterare', 'İşe Alım Uzmanı'],
  'HR Specialist': ['HR Officer', 'HR Generalist', 'HR Staff', 'Staf HRD', 'Staf HR', 'Staf SDM', 'Staf Personalia', 'Chuyên viên nhân sự', 'Nhân viên nhân sự', 'Personalista', 'Personalistka', 'HR specialista', 'HR-specialist', 'HR-generalist', 'Personalhandläggare', 'İK Uzmanı', 'İnsan Kaynakları Uzmanı'],
  'Executive Assistant': ['Exec Assistant', 'EA', 'Personal Assistant', 'PA', 'Asisten Direktur', 'Asisten Pribadi', 'Trợ lý giám đốc', 'Asistent ředitele', 'Asistentka ředitele', 'Ledningsassistent', 'VD-assistent', 'Yönetici Asistanı', 'Genel Müdür Asistanı'],
  'Administrative Assistant': ['Admin', 'Admin Assistant', 'Admin Staff', 'Administrative Officer', 'Office Assistant', 'Staf Admin', 'Staf Administrasi', 'Nhân viên hành chính', 'Administrativní pracovník', 'Administrativní pracovnice', 'Administrativní asistent', 'Kontorsassistent', 'Administratör', 'İdari Asistan', 'İdari İşler Uzmanı'],
  Assistant: ['Asst', 'Asisten', 'Trợ lý', 'Asistent', 'Asistentka', 'Assistent', 'Asistan'],
  Secretary: ['Sekretaris', 'Thư ký', 'Sekretář', 'Sekretářka', 'Sekreterare', 'Sekreter'],
  Receptionist: ['Front Desk', 'Resepsionis', 'Lễ tân', 'Nhân viên lễ tân', 'Recepční', 'Receptionist', 'Resepsiyonist', 'Resepsiyon Görevlisi'],
  Intern: ['Internship', 'Trainee', 'Magang', 'Anak Magang', 'Pemagang', 'Peserta Magang', 'Thực tập sinh', 'Stážista', 'Stážistka', 'Praktikant', 'Praktikantka', 'Stajyer'],
  Supervisor: ['Penyelia', 'Giám sát', 'Giám sát viên', 'Supervizor', 'Supervizorka', 'Arbetsledare', 'Süpervizör'],
  'Team Lead': ['Team Leader', 'Ketua Tim', 'Pemimpin Tim', 'Trưởng nhóm', 'Vedoucí týmu', 'Teamleader', 'Teamledare', 'Gruppledare', 'Takım Lideri', 'Ekip Lideri', 'Ekip Şefi'],
  Staff: ['Employee', 'Staf', 'Karyawan', 'Pegawai', 'Nhân viên', 'Zaměstnanec', 'Zaměstnankyně', 'Medarbetare', 'Anställd', 'Personel', 'Çalışan', 'Eleman'],
  Lawyer: ['Attorney', 'Legal Counsel', 'Pengacara', 'Advokat', 'Luật sư', 'Právník', 'Právnička', 'Advokát', 'Advokátka', 'Jurist', 'Avukat', 'Hukuk Müşaviri'],
  'General Counsel': ['Chief Legal Officer', 'CLO', 'Head of Legal', 'Direktur Hukum', 'Giám đốc pháp chế', 'Ředitel právního oddělení', 'Chefsjurist', 'Hukuk Direktörü', 'Hukuk Müşavirliği Direktörü'],
};
