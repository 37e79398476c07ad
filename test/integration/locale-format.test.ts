import { describe, expect, test } from "vitest";
import {
  type FormatLanguage,
  groupedInteger,
  longDate,
  longDateTime,
  longUtcDate,
  shortTime,
  swedishCompare,
} from "../../client/src/ui/localeFormat.js";

// The client writes dates and counts out by hand (Intl's first use costs a phone a long task);
// what it writes must stay what Intl writes.
const locales: Record<FormatLanguage, string> = { sv: "sv-SE", en: "en-GB" };

// Every month, both ends of the day, both sides of the summer-time changes, and a leap day.
const moments = [
  ...Array.from({ length: 12 }, (_, m) => new Date(2026, m, m + 1, m * 2, m * 5)),
  new Date(2026, 2, 29, 1, 59),
  new Date(2026, 2, 29, 3, 0),
  new Date(2026, 9, 25, 2, 30),
  new Date(2028, 1, 29, 23, 59),
  new Date(1999, 11, 31, 0, 0),
  new Date(Date.UTC(2026, 0, 1, 23, 30)),
];

// Sweden's municipalities, and names of the kinds an arena's organisations have.
const MUNICIPALITIES =
  "Ale Alingsås Alvesta Aneby Arboga Arjeplog Arvidsjaur Arvika Askersund Avesta Bengtsfors Berg Bjurholm Bjuv Boden Bollebygd Bollnäs Borgholm Borlänge Borås Botkyrka Boxholm Bromölla Bräcke Burlöv Båstad Dals-Ed Danderyd Degerfors Dorotea Eda Ekerö Eksjö Emmaboda Enköping Eskilstuna Eslöv Essunga Fagersta Falkenberg Falköping Falun Filipstad Finspång Flen Forshaga Färgelanda Gagnef Gislaved Gnesta Gnosjö Gotland Grums Grästorp Gullspång Gällivare Gävle Göteborg Götene Habo Hagfors Hallsberg Hallstahammar Halmstad Hammarö Haninge Haparanda Heby Hedemora Helsingborg Herrljunga Hjo Hofors Huddinge Hudiksvall Hultsfred Hylte Håbo Hällefors Härjedalen Härnösand Härryda Hässleholm Höganäs Högsby Hörby Höör Jokkmokk Järfälla Jönköping Kalix Kalmar Karlsborg Karlshamn Karlskoga Karlskrona Karlstad Katrineholm Kil Kinda Kiruna Klippan Knivsta Kramfors Kristianstad Kristinehamn Krokom Kumla Kungsbacka Kungsör Kungälv Kävlinge Köping Laholm Landskrona Laxå Lekeberg Leksand Lerum Lessebo Lidingö Lidköping Lindesberg Linköping Ljungby Ljusdal Ljusnarsberg Lomma Ludvika Luleå Lund Lycksele Lysekil Malmö Malung-Sälen Malå Mariestad Mark Markaryd Mellerud Mjölby Mora Motala Mullsjö Munkedal Munkfors Mölndal Mönsterås Mörbylånga Nacka Nora Norberg Nordanstig Nordmaling Norrköping Norrtälje Norsjö Nybro Nykvarn Nyköping Nynäshamn Nässjö Ockelbo Olofström Orsa Orust Osby Oskarshamn Ovanåker Oxelösund Pajala Partille Perstorp Piteå Ragunda Robertsfors Ronneby Rättvik Sala Salem Sandviken Sigtuna Simrishamn Sjöbo Skara Skellefteå Skinnskatteberg Skurup Skövde Smedjebacken Sollefteå Sollentuna Solna Sorsele Sotenäs Staffanstorp Stenungsund Stockholm Storfors Storuman Strängnäs Strömstad Strömsund Sundbyberg Sundsvall Sunne Surahammar Svalöv Svedala Svenljunga Säffle Säter Sävsjö Söderhamn Söderköping Södertälje Sölvesborg Tanum Tibro Tidaholm Tierp Timrå Tingsryd Tjörn Tomelilla Torsby Torsås Tranemo Tranås Trelleborg Trollhättan Trosa Tyresö Täby Töreboda Uddevalla Ulricehamn Umeå Uppsala Uppvidinge Vadstena Vaggeryd Valdemarsvik Vallentuna Vansbro Vara Varberg Vaxholm Vellinge Vetlanda Vilhelmina Vimmerby Vindeln Vingåker Vårgårda Vänersborg Vännäs Värmdö Värnamo Västervik Västerås Växjö Ydre Ystad Åmål Ånge Åre Årjäng Åsele Åstorp Åtvidaberg Älmhult Älvdalen Älvkarleby Älvsbyn Ängelholm Öckerö Ödeshög Örebro Örkelljunga Örnsköldsvik Östersund Österåker Östhammar Överkalix Övertorneå".split(
    " ",
  );
const OTHER_NAMES = [
  "Lilla Edet",
  "Upplands Väsby",
  "Upplands-Bro",
  "Östra Göinge",
  "Gävle kommun",
  "Gävleborgs län",
  "Region Gävleborg",
  "Malmö stad",
  "Hälsinglands Sparbank",
  "Hela Hälsingland",
  "Ölands Bank",
  "Ångermanland",
  "Åland",
  "Aalborg",
  "Zürich",
  "Müller AB",
  "Mueller AB",
  "Växa Sverige",
  "Wallenberg",
  "Vallentuna IF",
  "Café Ellen",
  "Cafe Eden",
  "Øresund",
  "Ærø",
  "ekerö",
  "2030-sekretariatet",
  "Föreningen Mötesplats Sandviken",
];

describe("dates and counts written without Intl read as Intl writes them", () => {
  for (const [lang, locale] of Object.entries(locales) as [FormatLanguage, string][]) {
    test(`${locale}: long date, date and time, time, calendar date`, () => {
      for (const d of moments) {
        expect(longDate(lang, d)).toBe(new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(d));
        expect(longDateTime(lang, d)).toBe(new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(d));
        expect(shortTime(d)).toBe(new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(d));
        expect(longUtcDate(lang, d)).toBe(new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(d));
      }
    });

    test(`${locale}: whole numbers with their thousands grouped`, () => {
      for (const n of [0, 7, 999, 1000, 1234, 12_345, 100_040, 1_000_303, 123_456_789, -1, -1234])
        expect(groupedInteger(lang, n)).toBe(n.toLocaleString(locale));
    });
  }
});

test("Swedish order without Intl is the Swedish collator's", () => {
  const names = [...new Set([...MUNICIPALITIES.flatMap((m) => [m, `${m} kommun`, `${m}s kommun`]), ...OTHER_NAMES])];
  // Shuffled with a fixed step, so that the sort has work to do.
  const shuffled = names.map((_, i) => names[(i * 7919) % names.length]!);
  expect(new Set(shuffled).size).toBe(names.length);
  const collator = new Intl.Collator("sv");
  expect([...shuffled].sort(swedishCompare)).toEqual([...shuffled].sort(collator.compare));
});
