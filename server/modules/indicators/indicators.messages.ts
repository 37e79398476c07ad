/** Messages of the indicators domain; merged into the catalog in server/graphql/messages.ts. */
export const indicatorMessages = {
  SKR_FIXED: {
    sv: "SKR:s indikatorer behåller nyckel, titel, beskrivning och nivå. Enhet, riktning och källa går att ändra.",
    en: "SKR's indicators keep their key, title, description and level. Unit, direction and source can be changed.",
  },
  SKR_NOT_DELETABLE: { sv: "SKR:s indikatorer kan inte tas bort.", en: "SKR's indicators cannot be removed." },
  INDICATOR_HAS_VALUES: {
    sv: "Indikatorn har värden och kan inte tas bort.",
    en: "The indicator has values and cannot be removed.",
  },
  SOURCE_REF_REQUIRED: {
    sv: "Ange Koladas nyckeltals-id, till exempel N00945.",
    en: "Give Kolada's key figure id, e.g. N00945.",
  },
  SERIES_STALE: {
    sv: "Någon annan har sparat serien medan du skrev. Ladda om, jämför och spara igen.",
    en: "Someone else saved the series while you were writing. Reload, compare and save again.",
  },
  RESPONSE_RATE_RANGE: { sv: "Ange svarsfrekvensen i procent, 0–100.", en: "Give the response rate in per cent, 0–100." },
  UNKNOWN_AREA: {
    sv: "Koden {code} är varken länets eller någon av arenans kommuners.",
    en: "The code {code} is neither the county's nor one of the arena's municipalities'.",
  },
  PERIOD_RANGE: { sv: "Ange ett år mellan {min} och {max}.", en: "Give a year between {min} and {max}." },
  LABEL_REQUIRED: { sv: "Ange åldersgrupp eller grupp.", en: "Give the age band or group." },
  IMPORT_EMPTY: { sv: "Filen är tom.", en: "The file is empty." },
  IMPORT_TOO_LARGE: { sv: "Filen har fler än {max} rader. Dela upp den.", en: "The file has more than {max} rows. Split it." },
  IMPORT_COLUMNS: {
    sv: "Rubrikraden saknar {columns}. Filen behöver kolumnerna kommun-id (municipality_id), år (period), kön (gender) och värde (value).",
    en: "The header row lacks {columns}. The file needs the columns municipality_id, period, gender and value.",
  },
  IMPORT_REFUSED: {
    sv: "{count} rader kan inte läsas in. Inget har sparats; rätta raderna och försök igen.",
    en: "{count} rows cannot be imported. Nothing was saved; correct the rows and try again.",
  },
  ROW_UNREADABLE: { sv: "Raden kan inte tolkas ({detail}).", en: "The row cannot be read ({detail})." },
  ROW_UNKNOWN_AREA: {
    sv: "Kommunkoden {code} hör inte till arenan.",
    en: "The municipality code {code} does not belong to the arena.",
  },
  ROW_BAD_PERIOD: { sv: "Året {value} är inget år mellan {min} och {max}.", en: "The year {value} is not a year between {min} and {max}." },
  ROW_BAD_GENDER: { sv: "Könet {value} ska vara T, K eller M.", en: "The gender {value} must be T, K or M." },
  ROW_MISSING_VALUE: { sv: "Värde saknas.", en: "The value is missing." },
  ROW_BAD_VALUE: { sv: "Värdet {value} är inget tal.", en: "The value {value} is not a number." },
  ROW_BAD_COUNT: { sv: "Antalet {value} är inget heltal från 0.", en: "The count {value} is not a whole number from 0." },
  ROW_WRONG_KPI: {
    sv: "Nyckeltalet {value} är inte indikatorns ({expected}).",
    en: "The key figure {value} is not the indicator's ({expected}).",
  },
  ROW_REPEATED: {
    sv: "Samma område, år och kön som rad {line}.",
    en: "The same area, year and gender as line {line}.",
  },
} as const;
