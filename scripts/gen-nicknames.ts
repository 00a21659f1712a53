/**
 * Generates src/core/data/nicknames.generated.ts, the given names and their short forms that
 * duplicate detection treats as possibly one person (Bob / Robert, Honza / Jan, Lasse / Lars).
 *
 *   npx tsx scripts/gen-nicknames.ts [path/to/shared/data]   write the table
 *
 * Sources:
 *  - English: ../shared/data/nicknames/names.csv (carltonnorthern/nicknames, Apache-2.0), read
 *    at generation time, never copied.
 *  - Czech and Swedish: the short forms English Wiktionary records for given names of the
 *    language (the "diminutive of" / "short for" lines of its given-name entries, as collected
 *    by DLu/namor_data at commit 524a30f, BSD-3-Clause), kept only where both names are listed
 *    as names of that language. Written below as facts, one group per full name.
 *  - Turkish, Indonesian, Vietnamese: no sourced list exists there (Wiktionary records one
 *    Turkish short form and none for the other two), so none is made up. Names in those
 *    languages still match by spelling (prefixes, typos, word order).
 *
 * Output: one group per full name, "full short short ...", folded (foldText) and ASCII, joined
 * by ";" into one string: a string literal costs next to nothing to load (every Apps Script call
 * loads the whole project), and the runtime splits it on the first name comparison that needs it.
 * Plain text rather than deflated, so the bundle needs no inflate code (no fflate).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText } from '../src/core/normalize/text';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_FILE = join(ROOT, 'src', 'core', 'data', 'nicknames.generated.ts');
export const DEFAULT_DATA_DIR = join(ROOT, '..', 'shared', 'data');

// Czech: full name, then its short forms (Wiktionary, see above).
const CZECH = `Adam: Adámek Damek Áda Áďa; Adolf: Adolfek Áda; Adriana: Adrianka; Adéla: Adélka Ája Áďa; Agáta: Agátka;
Alan: Alánek; Albert: Aleš Bertík; Albína: Albínka; Alena: Alenka Alča Ája; Alexandr: Saša; Alexandra: Saša; Alice: Alička;
Alois: Lojza Lojzík; Alžběta: Alžbětka Běta Bětka Bětunka Bětuška Líza; Amálie: Amálka; Anastázie: Stáza Stázička Stázka;
Andrea: Andrejka Ája; Anděla: Andělka; Aneta: Anetka; Anežka: Aška; Anna: Andulka Anička Anuška Nána; Antonie: Tóna;
Antonín: Tonda Toník Toníček Tóna; Apolena: Apolenka; Arnošt: Arnoštek; Artur: Arturek; Barbora: Barborka;
Bára: Barka Barunka Baruška Barča Barčinka; Bedřich: Bedříšek Béda Béďa; Bedřiška: Béďa; Berta: Bertička; Beáta: Beátka; Blanka: Blanička;
Blažena: Blaženka; Bohdana: Bohdanka; Bohumil: Bohouš Boža; Bohumila: Bohunka Boža Míla; Bohumír: Bohouš; Bohuslav: Bohouš Boža;
Bohuslava: Bohunka Boža; Boleslav: Bolek; Bořivoj: Bořík; Božena: Boža Božka Boženka; Bronislav: Broňa; Běla: Bělinka;
Břetislav: Břeťa Břetík; Cecílie: Cecilka Cíla Cilka Cílinka; Cyril: Cyrda; Dan: Daneček; Dana: Danička Danulka Danuš;
Daniela: Danuš; Danuše: Danuška; David: Davídek; Denisa: Deniska; Diana: Dianka; Dita: Ditunka; Dominika: Domča; Dora: Dorka;
Dorota: Dorotka; Drahomíra: Draha; Dušan: Dušánek; Dáša: Dášenka; Eda: Edík; Edita: Editka; Eliška: Líza Lízinka;
Emanuel: Eman Emánek; Emil: Míla; Ester: Esterka; Eva: Evinka Evička Evka Evulka Evuška Evča; Evelína: Evelínka;
Evžen: Evža Evženek; Evženie: Evža; Filip: Filípek; František: Fanouš Fanoušek Franta Frantík Fráňa; Františka: Fráňa;
Gabriela: Gabrielka Gábina; Gita: Gitka; Gustav: Gusta Gustík; Hana: Haninka Hanička Hanka; Hedvika: Heduš Heduška Hedva Hedvička;
Helena: Hela Helenka Heluš; Herbert: Herbertek; Hubert: Bertík Hubertek; Ignác: Nácek; Igor: Igorek; Ilona: Ilonka;
Ingrid: Inka; Irena: Irenka; Iva: Ivuš Ivuška; Ivan: Ivánek Váňa; Ivana: Ivanka; Iveta: Ivetka; Ivo: Ivoš; Ivona: Ivonka;
Izabela: Izabelka; Jakub: Jakoubek Kuba Kubík Kubíček; Jan: Honza Honzík Honzíček Janek Jenda Jéňa; Jana: Janinka Janička;
Jarmila: Jarda Jarunka Jaruš Jaruška Jája Jára; Jaromír: Jarda Jára; Jaroslav: Jarda Jája Jára Jarek; Jaroslava: Jarda Jarunka
Jaruš Jaruška Jája Jára Jarka; Jindřich: Jindra; Jindřiška: Jindra; Jitka: Jitunka Jituš Jituška Jíťa; Jiřina: Jirka Jiřinka
Jiřka Jířa; Jiří: Jiřík Jiříček Jura Jíra; Johana: Johanka; Jolana: Jola Jolanka; Jonáš: Jonášek; Josef: Josífek Joža Jožka
Jožánek Pepa Pepík Pepíček; Judita: Juditka; Julie: Jula Julinka Julka; Julius: Jula Julek; Justýna: Justa Justýnka Týna;
Kamila: Kamilka Kamča; Karel: Karlík Karlíček Kája; Karla: Karlička; Karolína: Karolínka; Kateřina: Katka Káča Kačena Kačenka
Kačka Káťa Katuška; Klára: Klárinka Klárka; Kristýna: Kristýnka Týna; Kryštof: Kryštůfek; Květa: Květka Květuš Květuška;
Květuše: Květuška; Lada: Laduška; Ladislav: Láďa; Lenka: Leninka Lenička Léňa; Leona: Leonka; Leontýna: Leontýnka;
Leopold: Polda; Libor: Liborek; Libuše: Libuška Líba; Liběna: Liběnka; Lidmila: Lída Míla; Lucie: Lucka; Ludmila: Ludmilka
Luďa Lída Lidka Lidunka Liduš Liduška; Ludvík: Ludva; Luděk: Luděček Luďa; Lukáš: Lukášek; Lumír: Lumírek; Luboš: Lubošek;
Magdalena: Magda Magdička; Mahulena: Mahulenka; Marcela: Marcelka; Marek: Mareček; Marie: Maruš Mařena Mařenka Máňa Mánička Mářa
Mařka; Markéta: Markétka; Marta: Martička; Martin: Martínek; Martina: Martinka Marťa; Matěj: Mates; Michael: Míša;
Michaela: Míša; Michal: Michálek Míša; Milada: Miladka Míla; Milan: Milánek; Miloslav: Milda Míla; Miloslava: Milda Míla;
Miloš: Míla; Miluše: Míla; Miroslav: Mirda Mirek Mireček Míra; Miroslava: Míra; Monika: Monička Monča Móňa; Natálie: Natálka;
Naďa: Naděnka; Nela: Nelinka; Nikola: Nikolka; Norbert: Bertík; Oldřich: Olda Oldík; Oldřiška: Olda; Ondřej: Ondra;
Oskar: Oskárek; Otakar: Otakárek; Ota: Oťas; Oto: Otík Oťas; Pavel: Pavlík Pavlíček Pája; Pavla: Pavlička Pája;
Pavlína: Pavlínka Pája; Petr: Petřík Petříček Peťa Péťa Peťulka; Petra: Petruška Peťa; Přemysl: Přema Přemek;
Radek: Radeček Ráďa; Radim: Ráďa; Radka: Radunka Raduška; Radmila: Radunka Raduška; Renáta: Renátka Renča; Richard: Ríša;
Robert: Bertík Robertek; Romana: Romanka Romča; Rostislav: Rosťa; Rudolf: Ruda Rudolfek; Růžena: Růža Růženka;
Sabina: Sabinka; Simona: Simonka Simča; Soňa: Sonička; Stanislav: Standa Stáňa; Stanislava: Stáňa Stánička; Stela: Stelinka;
Svatava: Svata; Svatopluk: Svata Sváťa; Svatoslav: Svata Sváťa; Svatoslava: Svata; Světlana: Světlanka; Taťána: Táňa Tánička;
Tereza: Terezka; Tomáš: Tomášek; Vendula: Venda Vendulka; Veronika: Verunka Verča; Viktor: Viki; Viktorie: Viki Viktorka;
Vilém: Vilda Vilémek Vilík; Vladimír: Vladimírek Vláďa; Vladislav: Vláďa; Vlasta: Vlastinka Vlastička; Vlastimil: Vlastík;
Vlastislav: Vlastík; Vojtěch: Vojta Vojtík Vojtíšek; Vratislav: Vráťa; Václav: Vašek Venouš Venoušek Váňa Váša Vašík Vašíček
Véna; Vít: Vítek Víťa; Vítězslav: Víťa; Věra: Věrka Věrunka Věruška; Zbyněk: Zbynďa Zbyněček Zbyňa; Zdeněk: Zdenda Zdeněček;
Zdeňka: Zdenička; Zora: Zorka; Zuzana: Zuzanka Zuzka; Čeněk: Čenda; Čestmír: Čenda; Řehoř: Řehořek; Šimon: Šimůnek;
Štěpánka: Štěpa; Žaneta: Žanetka; Žofie: Žofka`;

// Swedish: full name, then its short forms (Wiktionary, see above).
const SWEDISH = `Abraham: Abbe; Adam: Adde; Adolf: Adde; Adrian: Adde; Agneta: Nettan; Albert: Abbe Bert; Albin: Abbe; Alfred: Alf;
Anette: Nettan; Ann: Annie Nanny; Anna: Annika; Anne: Annette Nanny; Annette: Nettan; Birgitta: Bibbi Bibi Gittan; Bo: Bosse;
Carl: Calle; Charlotta: Lotta Lotten; Christina: Kia Stina Tina; Daniel: Danne; Elisabeth: Elly Lilly Lisen; Emma: Emmy;
Eva: Evy; Filip: Fille; Frans: Frasse; Fredrik: Fredde; Gabriel: Gabbe; Georg: Jojje; Gerhard: Gerd Gert; Gertrud: Gerd;
Gunilla: Nilla; Gustav: Gurra; Hans: Hasse; Helena: Lena; Henrik: Henke; Ingeborg: Inge; Ingrid: Inge; Isabelle: Isa;
Jakob: Jacke; Jacob: Jacke; Jan: Janne; Jeanette: Nettan; Joakim: Jocke; Joachim: Jocke; Joacim: Jocke; Joel: Julle; Johan: Janne Jocke;
Johanna: Hanna Henny; Johannes: Hannes Hans Henny; Jonas: Jonte; Jonatan: Jonte; Jonathan: Jonte; Julius: Julle; Karin: Kajsa; Karl: Kalle; Katarina: Karina;
Knut: Knutte; Kristina: Kia Kicki Stina Tina Titti; Lars: Lasse; Liselotte: Lotta; Magdalena: Lena; Magnus: Mange; Maria: Maja;
Marianne: Janne; Martina: Tina; Mikael: Micke; Micael: Micke; Michael: Micke; Niklas: Nicke; Nicklas: Nicke; Niclas: Nicke; Nils: Nisse;
Olof: Olle; Olov: Olle; Oskar: Ogge; Oscar: Ogge; Per: Pelle; Pernilla: Nilla; Peter: Pelle; Pär: Pelle; Ragnar: Ragge;
Rolf: Roffe; Sebastian: Sebbe; Sofia: Fia; Stefan: Steffe; Theodor: Theo; Tobias: Tobbe; Torbjörn: Tobbe; Ulf: Uffe;
Vilhelm: Ville; Wilhelm: Wille; William: Wille; Wilhelmina: Wilma`;

/** "Full: short short; Full: ..." to [full, shorts] pairs. */
function parseFacts(text: string): Array<[string, string[]]> {
  return text
    .split(';')
    .map((g) => g.split(':'))
    .filter((g) => g.length === 2)
    .map(([full, shorts]) => [full!.trim(), shorts!.trim().split(/\s+/)]);
}

/** The English list: `name1,has_nickname,name2` rows, name1 the full name. */
function englishFacts(dataDir: string): Array<[string, string[]]> {
  const lines = readFileSync(join(dataDir, 'nicknames', 'names.csv'), 'utf8').split(/\r?\n/).slice(1);
  const out: Array<[string, string[]]> = [];
  for (const line of lines) {
    const [full, relation, short] = line.split(',');
    if (full && short && relation === 'has_nickname') out.push([full, [short]]);
  }
  return out;
}

export interface NicknameTable {
  content: string;
  groups: number;
  names: number;
  bytes: number;
}

export function buildNicknameTable(dataDir = DEFAULT_DATA_DIR): NicknameTable {
  const groups = new Map<string, Set<string>>();
  for (const [full, shorts] of [...englishFacts(dataDir), ...parseFacts(CZECH), ...parseFacts(SWEDISH)]) {
    const key = foldText(full);
    if (!/^[a-z]+$/.test(key)) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Set()));
    for (const s of shorts) {
      const f = foldText(s);
      if (/^[a-z]+$/.test(f) && f !== key) g.add(f);
    }
  }
  const text = [...groups.entries()]
    .filter(([, shorts]) => shorts.size > 0)
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([full, shorts]) => [full, ...[...shorts].sort()].join(' '))
    .join(';');
  const names = new Set(text.split(/[; ]/)).size;
  const content = [
    '// Generated by scripts/gen-nicknames.ts: do not edit. Sources are named in the generator.',
    '',
    '/** ";"-joined groups "full short short ..." of folded given names (one string: cheap to load). */',
    `export const NICKNAMES = ${JSON.stringify(text)};`,
    '',
  ].join('\n');
  return { content, groups: text.split(';').length, names, bytes: Buffer.byteLength(content) };
}

function main(): void {
  const table = buildNicknameTable(process.argv[2] ?? DEFAULT_DATA_DIR);
  writeFileSync(OUT_FILE, table.content);
  console.log(`wrote ${OUT_FILE}: ${table.groups} groups, ${table.names} names, ${table.bytes} bytes`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
