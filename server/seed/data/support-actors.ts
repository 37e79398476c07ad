import type { SupportActorKind, SupportPhase } from "../../modules/support/support.tables.js";

/**
 * Actor types of the Swedish support system that ideas are referred to, per arena. Names are
 * generic (a function of the region, not a real office's staff); mail addresses are
 * fictional (.example), so that a demo never mails a real organisation. National actors
 * serve both arenas. Keys are the natural keys of the upsert.
 */
export interface SupportActorSeed {
  /** natural key, unique across arenas, kebab-case */
  key: string;
  arenas: ("gavleborg" | "dalarna")[];
  name: string;
  kind: SupportActorKind;
  /** the phases of an idea's path they help with */
  phases: SupportPhase[];
  offer: string;
  contact: string;
  email: string;
  website: string;
}

const regional = (slug: "gavleborg" | "dalarna", county: string, university: string): SupportActorSeed[] => [
  {
    key: `${slug}-inkubator`,
    arenas: [slug],
    name: `Inkubatorn i ${county}`,
    kind: "incubator",
    phases: ["development", "testing"],
    offer:
      "Inkubatorprogram för idéer som kan bli en verksamhet: coachning under ett år, testmiljöer, kontakter med finansiärer och en plats i ett nätverk av andra grundare.",
    contact: "Ansökan via webbplatsen; intagning fyra gånger om året. Frågor besvaras per e-post.",
    email: `inkubator@${slug}.example`,
    website: "",
  },
  {
    key: `${slug}-coompanion`,
    arenas: [slug],
    name: `Coompanion ${county}`,
    kind: "cooperative_development",
    phases: ["idea", "development"],
    offer:
      "Kostnadsfri rådgivning om att starta och driva kooperativ, sociala företag och föreningsdrivna verksamheter, och om idéburet offentligt partnerskap (IOP).",
    contact: "Rådgivningen, per e-post eller på öppet hus varje månad.",
    email: `radgivning@coompanion-${slug}.example`,
    website: "https://coompanion.se",
  },
  {
    key: `${slug}-almi`,
    arenas: [slug],
    name: `Almi Företagspartner ${county}`,
    kind: "business_advice",
    phases: ["development", "scaling"],
    offer: "Affärsrådgivning, mentorprogram och lån till företag i tidiga skeden, även sociala företag med en hållbar affärsmodell.",
    contact: "Regionkontoret; boka ett första samtal med en affärsutvecklare.",
    email: `kontakt@almi-${slug}.example`,
    website: "https://www.almi.se",
  },
  {
    key: `${slug}-hogskolans-innovationskontor`,
    arenas: [slug],
    name: `Innovationskontoret vid ${university}`,
    kind: "university_innovation_office",
    phases: ["development", "testing"],
    offer:
      "Kopplar idéer till forskare, studentprojekt och examensarbeten; hjälper till att planera utvärdering och söka verifieringsmedel för idéer med forskningsanknytning.",
    contact: "Innovationsrådgivarna, per e-post.",
    email: `innovation@hogskolan-${slug}.example`,
    website: "",
  },
  {
    key: `${slug}-naringslivskontor`,
    arenas: [slug],
    name: `Kommunernas näringslivskontor i ${county}`,
    kind: "municipal_service",
    phases: ["idea", "scaling"],
    offer: "Första kontakt i kommunen för den som vill starta något: lokaler, tillstånd, upphandling och kontakter med det lokala näringslivet.",
    contact: "Näringslivskontoret i idébärarens kommun; via kommunens växel eller webbplats.",
    email: `naringsliv@kommunerna-${slug}.example`,
    website: "",
  },
  {
    key: `${slug}-studieforbund`,
    arenas: [slug],
    name: `Studieförbunden i ${county}`,
    kind: "civil_society_organisation",
    phases: ["idea", "testing"],
    offer:
      "Studiecirklar, lokaler och folkbildningens stöd för att samla människor kring en idé och pröva den i liten skala, till exempel en första träffserie med målgruppen.",
    contact: "Studieförbundens distriktskontor; verksamhetsutvecklare på orten.",
    email: `folkbildning@studieforbunden-${slug}.example`,
    website: "",
  },
  {
    key: `${slug}-lansstyrelsen`,
    arenas: [slug],
    name: `Länsstyrelsen ${county} – sociala utvecklingsmedel`,
    kind: "national_agency",
    phases: ["development", "scaling"],
    offer:
      "Statliga utvecklingsmedel som länsstyrelsen fördelar, bland annat för integration och för förebyggande arbete, och råd om vilka medel som passar en idé.",
    contact: "Länsstyrelsens handläggare för sociala frågor; ansökan i länsstyrelsens e-tjänst.",
    email: `sociala-medel@lansstyrelsen-${slug}.example`,
    website: "",
  },
];

export const supportActorSeeds: SupportActorSeed[] = [
  ...regional("gavleborg", "Gävleborg", "Högskolan i Gävle"),
  ...regional("dalarna", "Dalarna", "Högskolan Dalarna"),
  {
    key: "dalarna-kommunal-idefond",
    arenas: ["dalarna"],
    name: "Kommunens idéfond – med coachande beredningsgrupp",
    kind: "funding_call",
    phases: ["idea", "development"],
    offer:
      "Mindre bidrag till lokala idéer som stärker den sociala hållbarheten. En beredningsgrupp coachar idébäraren genom ansökan och följer idén under det första året.",
    contact: "Idéfondens samordnare i kommunen; ansökan löpande.",
    email: "idefonden@kommunen-dalarna.example",
    website: "",
  },
  {
    key: "vinnova-utlysning",
    arenas: ["gavleborg", "dalarna"],
    name: "Vinnova – utlysning för social innovation",
    kind: "funding_call",
    phases: ["development", "testing", "scaling"],
    offer:
      "Projektmedel för att utveckla och pröva nya lösningar på samhällsutmaningar, ofta i samverkan mellan offentlig sektor, civilsamhälle, akademi och näringsliv.",
    contact: "Utlysningarnas kontaktpersoner anges i varje utlysning; frågestunder före sista ansökningsdag.",
    email: "utlysning@vinnova.example",
    website: "https://www.vinnova.se",
  },
  {
    key: "esf-radet-utlysning",
    arenas: ["gavleborg", "dalarna"],
    name: "ESF-rådet – utlysning inom Europeiska socialfonden+",
    kind: "funding_call",
    phases: ["development", "scaling"],
    offer:
      "Projektmedel för kompetensutveckling, vägar till arbete och social inkludering; informationsträffar och stöd i att skriva ansökan.",
    contact: "Regionkontoret för utlysningar i Norra Mellansverige.",
    email: "utlysning@esf-radet.example",
    website: "https://www.esf.se",
  },
];
