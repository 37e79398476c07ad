// Good examples from the municipality pages ("kommunsidor") of Dalarna's final report on social
// sustainability (seeds/002_*). Facts and figures are the report's; the wording is our own, and
// no person is named: contacts change, the municipality's page stays.

export interface GoodExampleSeed {
  /** The municipality's organisation key in the arena's pack. */
  municipality: string;
  title: string;
  summary: string;
  partners: string;
  funding: string;
  results: string;
  link?: string;
}

const fokus = {
  title: "FOKUS 20-25 – minska utanförskapet och öka drivkraften",
  summary:
    "Ett år med en gemensam ungdomscoach för 20–25-åringar som varken arbetar eller studerar, stöd till deras anhöriga och en genomgång av myndigheternas rutiner ur klientens perspektiv. Följs 2019 av FOKUS 16-25 med en yngre målgrupp.",
  partners: "Leksands, Rättviks och Gagnefs kommuner; Nedansiljans samordningsförbund; anhörigkonsulenterna",
  funding: "Nedansiljans samordningsförbund med medel från MUCF (Myndigheten för ungdoms- och civilsamhällsfrågor)",
  results:
    "50 unga tog kontakt, 45 gick igenom coachning och 33 kom vidare mot egen försörjning genom studier eller jobbsökande. De 12 som inte kom vidare följs upp under 2019. Förslag: en gemensam tjänst som ungdomscoach och ett beredningsteam, \"En dörr in\".",
  link: "https://www-finsamdalarna-se.exactdn.com/wp-content/uploads/ns_rprt_Fokus20–25.pdf",
};

export const dalarnaGoodExamples: GoodExampleSeed[] = [
  { municipality: "leksands-kommun", ...fokus },
  { municipality: "rattviks-kommun", ...fokus },
  { municipality: "gagnefs-kommun", ...fokus },
  {
    municipality: "mora-kommun",
    title: "Idéfond för omställning till Hållbara Mora",
    summary:
      "Kommunen avsätter pengar för idéer från medarbetare som driver omställningen enligt strategin Hållbara Mora. En beredningsgrupp coachar idén fram till färdig ansökan; projekt som bygger samverkan internt och externt prioriteras.",
    partners: "Mora kommuns verksamheter, med företag, organisationer och invånare",
    funding: "5 miljoner kronor om året från kommunen, 2019–2021",
    results: "Strategin Hållbara Mora antogs 2019 med tio utvecklingsområden; fonden tar emot ansökningar via intranätet.",
    link: "https://morakommun.se/kommun-och-politik/samhallsutveckling-och-hallbarhet/strategi-hallbara-mora.html",
  },
  {
    municipality: "ludvika-kommun",
    title: "Barnhälsoteam på Familjecentralen VillGott",
    summary:
      "Sedan 2017 är Ludvika pilotkommun för ett övergripande barnhälsoteam. Förskolechefer och specialpedagoger anmäler barn som behöver samverkan; vårdnadshavarnas samtycke inhämtas före varje träff.",
    partners: "Förskolan, individ- och familjeomsorgen, BVC, Samtalsmottagningen, habiliteringen och BUP",
    funding: "Inom ordinarie verksamheter",
    results: "Ärendena har fått snabbare hjälp och goda resultat; logopeden har blivit en viktig del av teamet.",
  },
  {
    municipality: "orsa-kommun",
    title: "Konsultationsteamet – samverkan för barns och ungas bästa",
    summary:
      "Ett team från förskola och skola, socialtjänst, BVC, ungdomsmottagning och samtalsmottagning träffas var fjortonde dag och hittar tillsammans de insatser som hjälper barnet bäst. Ärenden dras anonymt eller med vårdnadshavarnas samtycke.",
    partners: "Skola, individ- och familjeomsorg, elevhälsa, vårdcentral, BVC; habilitering och BUP en gång i månaden",
    funding: "Inom ordinarie verksamheter, styrt av en gemensam styrgrupp",
    results: "Lokala överenskommelser om hur samverkan ska gå till, och ett fast forum för konsultation.",
    link: "https://orsa.se/barn-och-utbildning/nar-ditt-barn-behover-hjalp-och-stod/sarskilt-stod-och-specialpedagogik.html",
  },
  {
    municipality: "smedjebackens-kommun",
    title: "Motivationslyftet i skolan",
    summary:
      "En metod i fem steg som ska öka elevernas lust att lära genom motivation, självledarskap och reflektion. Hela skolan deltar: elever, lärare, vårdnadshavare, elevhälsa och studie- och yrkesvägledning.",
    partners: "Smedjebackens kommuns skolor och förskolor, Motivationslyftet",
    funding: "Kommunens skolverksamhet",
    results: "Hösten 2018 utbildades nio pedagoger till handledare som nu coachar sina kollegor.",
  },
  {
    municipality: "alvdalens-kommun",
    title: "Jobb i norr",
    summary:
      "Nyanlända får från första dagen i etableringen en gemensam, långsiktig plan mot egen försörjning, med intensiv handledning på praktikplatsen och en mentor med samma modersmål.",
    partners: "Älvdalens kommun (Arbete och integration), Arbetsförmedlingen, SFI",
    funding: "Inom kommunens och Arbetsförmedlingens ordinarie uppdrag",
    results: "Alla parter följer upp deltagarna regelbundet; mentorsmodellen låter den som lärt sig arbetet ta emot nästa praktikant.",
  },
  {
    municipality: "avesta-kommun",
    title: "Vilka är vi? – för ett inkluderande arbetsliv",
    summary: "Utbildning i frågor om integration och inkludering för alla kommunanställda, med samtal där allas röster blir hörda.",
    partners: "Avesta kommun och samarbetskommunen Orsa",
    funding: "Kommunerna",
    results: "Omkring 2 500 anställda får utbildningen.",
  },
];
