/**
 * Disposable ("throw-away") mailbox services: an address there stops working within minutes or
 * days, so a lead captured with one is not reachable. Well-known services only; subdomains of
 * these (x.mailinator.com) count too.
 */
export const DISPOSABLE_DOMAINS: readonly string[] = [
  'mailinator.com', 'mailinator.net', 'mailinator2.com', 'reallymymail.com', 'notmailinator.com',
  '10minutemail.com', '10minutemail.net', '10minutemail.co.uk', '10minemail.com', '20minutemail.com',
  'guerrillamail.com', 'guerrillamail.net', 'guerrillamail.org', 'guerrillamail.biz',
  'guerrillamail.de', 'guerrillamail.info', 'guerrillamailblock.com', 'sharklasers.com', 'grr.la',
  'pokemail.net', 'spam4.me', 'yopmail.com', 'yopmail.fr', 'yopmail.net', 'cool.fr.nf', 'jetable.fr.nf',
  'temp-mail.org', 'temp-mail.io', 'tempmail.com', 'tempmail.net', 'tempmailo.com', 'tempail.com',
  'tempinbox.com', 'tempr.email', 'temp-mail.ru', 'trashmail.com', 'trashmail.net', 'trashmail.de',
  'trashmail.me', 'trashmail.io', 'throwawaymail.com', 'getnada.com', 'nada.email', 'maildrop.cc',
  'dispostable.com', 'mailnesia.com', 'mintemail.com', 'mytemp.email', 'emailondeck.com',
  'fakeinbox.com', 'discard.email', 'mohmal.com', 'spamgourmet.com', 'mailcatch.com',
  'harakirimail.com', 'burnermail.io', 'inboxkitten.com', 'moakt.com', 'emailfake.com',
  'generator.email', 'mail.tm', '1secmail.com', '1secmail.org', '1secmail.net', 'dropmail.me',
  '10mail.org', 'mailpoof.com', 'minuteinbox.com', 'mailforspam.com', 'spambog.com', 'jetable.org',
  'trbvm.com', 'getairmail.com', 'fakemailgenerator.com', 'armyspy.com', 'cuvox.de', 'dayrep.com',
  'einrot.com', 'fleckens.hu', 'gustr.com', 'jourrapide.com', 'rhyta.com', 'superrito.com',
  'teleworm.us', 'mailexpire.com', 'spamex.com', 'mt2015.com', 'anonbox.net', 'incognitomail.org',
  'mailnull.com', 'spambox.us', 'tempemail.net', 'emailtemporanea.net', 'wegwerfmail.de',
  'wegwerfmail.net', 'einmalmail.de', 'byom.de', 'spoofmail.de', 'muellmail.com', 'crazymailing.com',
  'tmail.ws', 'tmpmail.org', 'tmpmail.net', 'mail-temp.com', 'emailnax.com', 'linshiyouxiang.net',
];
