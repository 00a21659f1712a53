/**
 * Public mailbox providers: the only domains the email normalizer will correct a typo *towards*.
 * A domain is listed only when it is a real consumer mailbox domain, because every entry is also a
 * domain we never rewrite. Regional domains matter for our locales: a Czech user on seznam.cz or a
 * Turkish user on hotmail.com.tr must not be "corrected" to the .com.
 * Plain data (no work at load time): the normalizer builds its lookup tables on first use.
 */
export const MAILBOX_PROVIDERS: readonly string[] = [
  // Google
  'gmail.com', 'googlemail.com',
  // Yahoo (regional domains still in use)
  'yahoo.com', 'yahoo.co.id', 'yahoo.com.vn', 'yahoo.co.uk', 'yahoo.se', 'yahoo.com.tr', 'yahoo.de',
  'yahoo.fr', 'yahoo.it', 'yahoo.es', 'yahoo.ca', 'yahoo.com.au', 'yahoo.co.in', 'yahoo.in',
  'yahoo.co.jp', 'yahoo.com.sg', 'yahoo.com.my', 'yahoo.com.ph', 'yahoo.com.br', 'yahoo.com.mx',
  'yahoo.com.ar', 'yahoo.com.hk', 'yahoo.com.tw', 'yahoo.co.nz', 'yahoo.ie', 'yahoo.gr', 'yahoo.dk',
  'yahoo.no', 'yahoo.pl', 'ymail.com', 'rocketmail.com',
  // Microsoft
  'hotmail.com', 'hotmail.com.tr', 'hotmail.se', 'hotmail.co.uk', 'hotmail.de', 'hotmail.fr',
  'hotmail.it', 'hotmail.es', 'hotmail.nl', 'hotmail.be', 'hotmail.dk', 'hotmail.no', 'hotmail.fi',
  'hotmail.com.au', 'hotmail.com.br', 'hotmail.co.jp',
  'outlook.com', 'outlook.co.id', 'outlook.com.vn', 'outlook.com.tr', 'outlook.cz', 'outlook.sk',
  'outlook.de', 'outlook.fr', 'outlook.it', 'outlook.es', 'outlook.jp', 'outlook.com.au',
  'outlook.com.br',
  'live.com', 'live.se', 'live.co.uk', 'live.de', 'live.fr', 'live.it', 'live.nl', 'live.dk',
  'live.no', 'live.com.au', 'live.ca', 'msn.com', 'passport.com', 'windowslive.com',
  // Apple
  'icloud.com', 'me.com', 'mac.com',
  // AOL / Verizon and other US ISPs
  'aol.com', 'aim.com', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'comcast.net',
  'cox.net', 'charter.net', 'earthlink.net', 'juno.com',
  // Privacy-focused and independent
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'tutanota.com', 'tuta.io', 'fastmail.com',
  'hey.com', 'zoho.com', 'zohomail.com', 'hushmail.com', 'mailfence.com', 'posteo.de', 'mailbox.org',
  // GMX / WEB.DE / mail.com family
  'gmx.com', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'web.de', 'mail.com', 'email.com',
  // Czech Republic and Slovakia
  'seznam.cz', 'email.cz', 'post.cz', 'centrum.cz', 'centrum.sk', 'volny.cz', 'atlas.cz', 'atlas.sk',
  'tiscali.cz', 'quick.cz', 'azet.sk', 'zoznam.sk', 'pobox.sk',
  // Sweden and the Nordics
  'telia.com', 'bredband.net', 'spray.se', 'comhem.se', 'tele2.se', 'bahnhof.se', 'passagen.se',
  'home.se', 'glocalnet.net', 'online.no', 'telenor.no',
  // Turkey
  'yandex.com', 'yandex.com.tr', 'yandex.ru', 'mynet.com', 'ttmail.com', 'superonline.com',
  'turk.net', 'e-kolay.net',
  // Indonesia and Vietnam
  'plasa.com', 'telkom.net', 'vnn.vn',
  // Russia / CIS, China, Korea, India and other large providers
  'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'ya.ru', 'yandex.ua', 'ukr.net',
  'qq.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'naver.com', 'daum.net', 'hanmail.net',
  'rediffmail.com', 'libero.it', 'virgilio.it', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net',
  'sfr.fr', 't-online.de', 'freenet.de', 'btinternet.com', 'sky.com', 'virginmedia.com',
  'ntlworld.com', 'talktalk.net', 'shaw.ca', 'rogers.com', 'sympatico.ca', 'bigpond.com',
  'optusnet.com.au', 'xtra.co.nz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'terra.com.br',
  'uol.com.br', 'bol.com.br',
];

/** The Gmail domains: dots in the local part are ignored and googlemail.com is the same mailbox. */
export const GMAIL_DOMAINS: readonly string[] = ['gmail.com', 'googlemail.com'];

/**
 * Second-level public suffixes written in our users' countries and by the providers above. A domain
 * that ends in one of these was typed deliberately: a typo fix may correct the name before it
 * ("yahooo.co.id") but must never replace the suffix ("hotmail.co.id" is not "hotmail.co.uk").
 */
export const SECOND_LEVEL_SUFFIXES: readonly string[] = [
  'co.id', 'or.id', 'ac.id', 'go.id', 'web.id', 'net.id', 'sch.id', 'my.id', 'biz.id',
  'com.vn', 'net.vn', 'org.vn', 'edu.vn', 'gov.vn', 'info.vn', 'biz.vn', 'name.vn',
  'com.tr', 'net.tr', 'org.tr', 'edu.tr', 'gov.tr', 'gen.tr', 'biz.tr', 'info.tr', 'bel.tr', 'k12.tr',
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk',
  'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp', 'ne.jp', 'co.kr', 'co.in', 'co.th', 'co.za',
  'com.sg', 'com.my', 'com.ph', 'com.br', 'com.mx', 'com.ar', 'com.hk', 'com.tw', 'com.cn', 'com.pl',
];
