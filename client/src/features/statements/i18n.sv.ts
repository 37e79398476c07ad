import type { Strings } from "../../i18n/strings";

/**
 * Swedish strings of the statements a public body publishes (integritetsmeddelande,
 * kakor, tillgänglighetsredogörelse), in the "statements" namespace. A section's text is
 * split into paragraphs at blank lines.
 */
export const statementsSv = {
  updated: "Senast uppdaterad {{date}}",
  privacy: {
    title: "Så behandlar vi dina personuppgifter",
    lead: "Här står vem som ansvarar för dina personuppgifter i Arena, vad vi behandlar och varför, hur länge vi sparar det och vilka rättigheter du har.",
    version: "Version {{version}}",
    responsible: {
      heading: "Vem ansvarar?",
      text: "Personuppgiftsansvarig är den region som driver arenan du använder: Region Gävleborg för arenan i Gävleborg och Region Dalarna för arenan i Dalarna. Regionen ansvarar för att uppgifterna behandlas enligt dataskyddsförordningen (GDPR).\n\nVarje region har ett dataskyddsombud som du kan vända dig till med frågor.",
    },
    what: {
      heading: "Vilka uppgifter behandlar vi?",
      text: "När du skapar ett konto: ditt namn, din e-postadress, den organisation du kommer från om du anger en, vilken sektor du hör till, ditt språkval och ditt lösenord (bara i krypterad form, som ingen kan läsa).\n\nNär du använder tjänsten: de idéer du lämnar in och skriver på, dina kommentarer, anteckningar från lotsningssamtal som rör din idé, dina aviseringar och vilka idéer du följer. Vi loggar också när någon loggar in och vad som ändras, för att kunna följa upp ärenden och upptäcka missbruk.",
    },
    why: {
      heading: "Varför, och med vilket stöd i lagen?",
      text: "Arenan är en del av regionens uppdrag att stödja social innovation och samverkan inom välfärden. Vi behandlar uppgifterna för att kunna ta emot, lotsa, pröva och sprida idéer, och för att kunna svara dig.\n\nDen rättsliga grunden är att behandlingen behövs för att utföra en uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen). Vi säljer inga uppgifter och använder dem inte för reklam.",
    },
    retention: {
      heading: "Hur länge sparar vi uppgifterna?",
      text: "Ditt konto finns kvar tills du tar bort det. Då raderas eller avidentifieras dina personuppgifter.\n\nEn idé som du har lämnat in har kommit in till en myndighet och är en allmän handling. Den finns kvar efter att kontot tagits bort, men under ett neutralt namn, och sparas och gallras enligt regionens arkivregler. Inloggningsloggar sparas i 90 dagar.",
    },
    rights: {
      heading: "Dina rättigheter",
      text: "Du har rätt att få veta vilka uppgifter vi har om dig och få en kopia av dem, att få felaktiga uppgifter rättade, att få uppgifter raderade eller begränsade när lagen tillåter det, och att invända mot behandlingen.\n\nOm du tycker att vi behandlar dina uppgifter fel kan du klaga hos Integritetsskyddsmyndigheten (IMY).",
    },
    contact: {
      heading: "Kontakt",
      text: "Frågor om dina personuppgifter skickar du till regionens dataskyddsombud, via regionens växel eller registratur. Skriv att det gäller Arena.",
    },
  },
  cookies: {
    title: "Kakor",
    lead: "Arena använder en enda kaka, och bara när du är inloggad.",
    session: {
      heading: "Inloggningskakan",
      text: "När du loggar in sparas kakan arena_session i din webbläsare. Den håller dig inloggad och försvinner när du loggar ut, efter en timme utan aktivitet eller senast efter tolv timmar.\n\nKakan är nödvändig för att tjänsten ska fungera när du är inloggad, och därför frågar vi inte om samtycke till den (lagen om elektronisk kommunikation, 6 kap. 18 §).",
    },
    none: {
      heading: "Ingen spårning",
      text: "Vi använder inga kakor för statistik, analys eller reklam, och inga tjänster från tredje part som spårar dig.\n\nWebbläsaren sparar också två saker lokalt, inte som kakor: vilken arena du senast besökte och en kopia av en idé medan du skriver den, så att inget går förlorat om nätet bryts. De lämnar aldrig din dator.",
    },
  },
  accessibility: {
    title: "Tillgänglighet för Arena",
    lead: "Regionerna som driver arenorna står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Arena uppfyller lagen om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera brister så att vi kan åtgärda dem.",
    status: {
      heading: "Hur tillgänglig är webbplatsen?",
      text: "Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Vi följer standarden WCAG 2.1 på nivå AA.",
    },
    gaps: {
      heading: "Innehåll som inte är tillgängligt",
      text: "Dokument som användare laddar upp, till exempel beslutsunderlag, granskas inte av oss och kan sakna struktur eller alternativtexter.\n\nDiagram över mätningar i en testcykel har en tabell med samma värden, men diagrammet i sig förmedlar trender visuellt.\n\nMejl från tjänsten är ren text på svenska och engelska; länkarna i dem är långa och kan vara svåra att läsa upp.",
    },
    other: {
      heading: "Vad kan du göra om du inte kan använda delar av webbplatsen?",
      text: "Om du behöver innehåll i ett annat format, till exempel uppläst eller på papper, kan du höra av dig till oss genom formuläret nedan. Vi svarar inom fem arbetsdagar.",
    },
    report: {
      heading: "Rapportera brister i webbplatsens tillgänglighet",
      text: "Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagen, meddela oss så att vi får veta att problemet finns. Ditt meddelande går till arenans administratörer.",
    },
    supervision: {
      heading: "Tillsyn",
      text: "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.",
    },
    testing: {
      heading: "Hur vi testat webbplatsen",
      text: "Vi har gjort en självskattning: automatiska kontroller med verktyget axe av varje sida i webbläsare vid 1280 och 390 bildpunkters bredd, och manuella tester med tangentbord och skärmläsare.\n\nSenaste bedömningen gjordes den 6 december 2026. Redogörelsen uppdaterades senast den 6 december 2026.",
    },
  },
  feedback: {
    heading: "Skicka en synpunkt om tillgängligheten",
    arena: "Vilken arena gäller det?",
    allArenas: "Vet inte, eller flera",
    message: "Vad fungerar inte, eller vad behöver du?",
    messageHint: "Beskriv gärna på vilken sida och vad du försökte göra.",
    email: "Din e-postadress",
    emailHint: "Om du vill ha svar.",
    page: "Vilken sida gäller det?",
    send: "Skicka synpunkt",
    sending: "Skickar…",
    sent: "Tack! Din synpunkt har skickats till arenans administratörer.",
  },
} as const;

export type StatementsTranslations = Strings<typeof statementsSv>;
