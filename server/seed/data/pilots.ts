// Demo pilots: the test cycles of demo ideas (server/seed/data/ideas.ts), with their
// measurements, decisions, learnings, ladder steps and spread per municipality. They are
// local versions of the pilots in seeds/003_* (CROSS in Örebro län: from a pilot in
// Karlskoga to six municipalities; Kalmar län's preventive home visits to 79-year-olds;
// BarnSäkert in Blekinge) and of FOKUS 20-25 in seeds/002_* (Leksand, Rättvik and Gagnef:
// 50 contacts, 45 coached, 33 moved on), plus a test that was stopped, and what it taught.
// The figures of the local pilots are invented except FOKUS 20-25's; the texts are our own.

import type { PilotSeed } from "./types.js";

const GUIDE_GAVLEBORG = "lots@arena.example";
const GUIDE_DALARNA = "dalarna.lots@arena.example";
const RESEARCHER = "forskare@arena.example";

export const demoPilots: PilotSeed[] = [
  // ------------------------------------------------------------------ Hofors: testing, cycle 2 running
  {
    idea: "forebyggande-hembesok-79-hofors",
    guide: GUIDE_GAVLEBORG,
    measures: [
      { key: "besok", name: "Andel erbjudna som tar emot hembesök", unit: "%", direction: "higher" },
      { key: "fallrisk", name: "Besökta med fallrisk som fått en åtgärd inom fyra veckor", unit: "%", direction: "higher" },
      { key: "aktivitet", name: "Besökta som börjat på en träffpunkt eller i en förening inom två månader", unit: "%", direction: "higher" },
    ],
    cycles: [
      {
        plannedDaysAgo: 150,
        hypothesis:
          "Om alla som fyller 79 år får ett brev med en föreslagen tid för hembesök, tar minst hälften emot besöket, och de som har fallrisk får en åtgärd inom fyra veckor.",
        aim: "Att nå 79-åringar innan ett fall eller en sjukhusvistelse, och att fler hittar till kommunens och föreningslivets stöd.",
        site: "Hemma hos 79-åringar i Hofors tätort",
        hostOrganisation: "Förebyggande enheten, Hofors kommun",
        targetGroup: "Invånare i Hofors tätort som fyller 79 år under våren och bor i eget boende",
        plannedParticipants: 40,
        municipalities: ["hofors-kommun"],
        startsDaysAgo: 135,
        endsDaysAgo: 75,
        measures: [
          { measure: "besok", baseline: 5, target: 60, values: [[122, 30], [105, 36], [80, 38, "15 av 40 tog emot besöket"]] },
          { measure: "fallrisk", baseline: 20, target: 70, values: [[110, 55], [80, 75, "Fixaren åtgärdade mattor och belysning direkt"]] },
          { measure: "aktivitet", baseline: 8, target: 20, values: [[100, 10], [78, 12]] },
        ],
        startedDaysAgo: 135,
        participantsReached: 15,
        study: {
          daysAgo: 74,
          observations:
            "15 av 40 tog emot besöket. Flera tackade nej i telefon och sa att brevet kändes som en kallelse från en myndighet. De som fick besök uppskattade att fixaren kunde åtgärda lösa mattor och dålig belysning direkt. Få gick vidare till träffpunkterna: de visste inte vem de skulle fråga eller ville inte gå dit ensamma första gången.",
        },
        decision: {
          kind: "retest",
          daysAgo: 70,
          rationale:
            "När besöken blir av ger de det vi hoppades: fallriskerna åtgärdas snabbt. Men för få tackar ja. Vi testar igen med ett annat sätt att bjuda in innan vi bedömer om arbetssättet håller.",
          learnings:
            "Ett brev med en färdig tid upplevs som en kallelse, och många tackar nej. Fixaren är det som gör besöket konkret och uppskattat. Information om träffpunkterna räcker inte – någon behöver följa med första gången. Nästa omgång: brevet skrivs tillsammans med pensionärsföreningen och följs av ett telefonsamtal, och en frivillig erbjuder sig att följa med till träffpunkten.",
          bearerAgreement: "Mona Myndig och förebyggande enheten instämde vid uppföljningsmötet med lotsen.",
          learningTitle: "Hembesök för 79-åringar: ett brev med färdig tid räcker inte",
        },
        evaluations: [
          {
            author: RESEARCHER,
            daysAgo: 68,
            method: "Uppföljning med blandade metoder: telefonintervjuer med besökta och med dem som tackade nej, en fokusgrupp med personalen och jämförelse med kommunens statistik över fallskador.",
            dataSources:
              "Avidentifierade besöksloggar och checklistor, 12 telefonintervjuer, en fokusgrupp med fyra medarbetare, kommunens uppgifter ur Senior alert.",
            findings:
              "Deltagandet var lägre än i Kalmar läns förebyggande hembesök, där besöken bokas per telefon. De som tog emot besöket fick i hög grad åtgärder mot fallrisk. Det är för tidigt att se någon effekt på fallskador; underlaget är för litet. Intervjuerna pekar på att en personlig kontakt före besöket är det som avgör om man tackar ja.",
            confidence: "medium",
            ethicsNotes:
              "Uppföljningen är kvalitetsuppföljning, inte forskning. Intervjupersonerna gav muntligt samtycke och kan dra tillbaka det. Uppgifter om hälsa hanteras avidentifierat. Ska resultaten publiceras vetenskapligt krävs etikprövning.",
            sharedDaysAgo: 65,
          },
        ],
      },
      {
        hypothesis:
          "Om brevet skrivs tillsammans med pensionärsföreningen och följs av ett telefonsamtal, tar minst 60 procent emot besöket, och om en frivillig erbjuder sig att följa med till träffpunkten börjar minst var femte besökt där.",
        aim: "Att nå 79-åringar innan ett fall eller en sjukhusvistelse, och att fler hittar till kommunens och föreningslivets stöd.",
        site: "Hemma hos 79-åringar i hela Hofors kommun",
        hostOrganisation: "Förebyggande enheten, Hofors kommun, med pensionärsföreningen i Hofors",
        targetGroup: "Invånare i Hofors kommun som fyller 79 år under hösten och bor i eget boende",
        plannedParticipants: 45,
        municipalities: ["hofors-kommun"],
        revisedDaysAgo: 66,
        startsDaysAgo: 60,
        endsDaysAgo: -30,
        measures: [
          { measure: "besok", baseline: 5, target: 60, values: [[45, 52], [30, 61], [12, 64]] },
          { measure: "fallrisk", baseline: 20, target: 70, values: [[40, 70], [15, 74]] },
          { measure: "aktivitet", baseline: 8, target: 20, values: [[35, 14], [10, 19, "Tre följde med en frivillig till träffpunkten"]] },
        ],
        startedDaysAgo: 60,
        participantsReached: 27,
      },
    ],
    adoptions: [
      {
        municipality: "hofors-kommun",
        status: "testing",
        daysAgo: 60,
        note: "Andra testomgången pågår i hela kommunen.",
        earlier: [{ status: "planned", daysAgo: 150 }],
      },
    ],
  },

  // ------------------------------------------------------------------ CROSS in Gävle: scaling, six municipalities
  {
    idea: "cross-modell-gavle",
    guide: GUIDE_GAVLEBORG,
    measures: [
      { key: "insatser", name: "Gemensamma insatser som startat under perioden", unit: "st", direction: "higher" },
      { key: "kontakter", name: "Föreningar och församlingar med utsedd kontaktperson", unit: "st", direction: "higher" },
      { key: "aterkoppling", name: "Hänvisningar från föreningar där socialtjänsten återkopplat inom två veckor", unit: "%", direction: "higher" },
    ],
    cycles: [
      {
        plannedDaysAgo: 330,
        hypothesis:
          "Om föreningar, församlingar och socialtjänsten i Gävle möts i ett samverkansråd fyra gånger per år, startar minst tre gemensamma insatser under testperioden och fler hänvisningar får återkoppling.",
        aim: "En fast, gemensam väg in mellan civilsamhället och socialtjänsten i Gävle som inte faller när en person slutar.",
        site: "Samverkansrådet i Gävle, möten i Exempelåsens församlingshem",
        hostOrganisation: "Exempelåsens församling och socialtjänsten i Gävle kommun",
        targetGroup: "Idéburna organisationer och socialtjänsten i Gävle, och genom dem invånare i ekonomisk och social utsatthet",
        plannedParticipants: 12,
        municipalities: ["gavle-kommun"],
        startsDaysAgo: 315,
        endsDaysAgo: 225,
        measures: [
          { measure: "insatser", baseline: 0, target: 3, values: [[290, 0], [260, 1, "Budgetcafé i församlingshemmet"], [230, 2, "Läxhjälp i Sätra"]] },
          { measure: "kontakter", baseline: 2, target: 10, values: [[300, 6], [270, 9], [232, 7, "Två föreningar tappade kontakten när socialtjänstens kontaktperson slutade"]] },
          { measure: "aterkoppling", baseline: 15, target: 60, values: [[280, 30], [235, 45]] },
        ],
        startedDaysAgo: 315,
        participantsReached: 11,
        study: {
          daysAgo: 224,
          observations:
            "Rådet samlade elva organisationer. Två gemensamma insatser startade: ett budgetcafé och läxhjälp i Sätra. När socialtjänstens kontaktperson bytte tjänst tappade två föreningar kontakten och återkopplingen stannade av i en månad. Föreningarna efterfrågade en skriftlig överenskommelse som gäller oavsett vem som sitter på posten.",
        },
        decision: {
          kind: "retest",
          daysAgo: 222,
          rationale:
            "Rådet fungerar som mötesplats och insatser kommer i gång, men strukturen hänger fortfarande på enskilda personer. Vi testar igen med en skriftlig överenskommelse och en ersättare för varje kontaktperson.",
          learnings:
            "Ett samverkansråd räcker inte: utan skriftlig överenskommelse och ersättare faller kontakterna när någon slutar. Små konkreta satsningar, som ett budgetcafé, bygger tillit snabbare än gemensamma planer. Erfarenheterna från Cross i Örebro län pekar åt samma håll: strukturen måste ägas gemensamt.",
          bearerAgreement: "Karin Kyrkbacka godkände beslutet för församlingen och föreningarna vid rådets möte.",
          learningTitle: "Samverkansråd med civilsamhället: strukturen får inte hänga på enskilda personer",
        },
      },
      {
        hypothesis:
          "Om samverkansrådet har en skriftlig överenskommelse och en ersättare för varje kontaktperson, håller kontakterna även när personer slutar, minst tre nya insatser startar och minst 70 procent av hänvisningarna får återkoppling inom två veckor.",
        aim: "En fast, gemensam väg in mellan civilsamhället och socialtjänsten i Gävle som inte faller när en person slutar.",
        site: "Samverkansrådet i Gävle, möten i Exempelåsens församlingshem",
        hostOrganisation: "Exempelåsens församling och socialtjänsten i Gävle kommun",
        targetGroup: "Idéburna organisationer och socialtjänsten i Gävle, och genom dem invånare i ekonomisk och social utsatthet",
        plannedParticipants: 14,
        municipalities: ["gavle-kommun"],
        revisedDaysAgo: 215,
        startsDaysAgo: 205,
        endsDaysAgo: 115,
        measures: [
          { measure: "insatser", baseline: 0, target: 3, values: [[180, 1], [150, 3], [118, 4, "Anhörigcafé och mötesplats för nyanlända familjer tillkom"]] },
          { measure: "kontakter", baseline: 7, target: 10, values: [[190, 9], [150, 12], [120, 13]] },
          { measure: "aterkoppling", baseline: 45, target: 70, values: [[170, 58], [140, 71], [118, 76]] },
        ],
        startedDaysAgo: 205,
        participantsReached: 14,
        study: {
          daysAgo: 114,
          observations:
            "Med en skriftlig överenskommelse och ersättare på båda sidor höll kontakterna även när två personer slutade. Fyra nya insatser startade, bland annat ett anhörigcafé och en mötesplats för nyanlända familjer. Sandvikens och Hofors kommuner följde två av rådets möten och vill pröva modellen.",
        },
        decision: {
          kind: "advance",
          daysAgo: 110,
          rationale:
            "Alla tre mått nådde målet och strukturen klarade personbyten. Modellen är redo att spridas till fler kommuner i länet, på samma sätt som Cross i Örebro län gick från en pilot i Karlskoga till sex kommuner.",
          learnings:
            "Den skriftliga överenskommelsen och ersättarna var avgörande: återkopplingen till föreningarna ökade från 15 till 76 procent över två testomgångar. Inför spridningen: varje kommun behöver en egen överenskommelse men kan utgå från Gävles mall, och när en insats ska bli långsiktig används idéburet offentligt partnerskap.",
          bearerAgreement: "Karin Kyrkbacka och samverkansrådet ställde sig bakom beslutet.",
          learningTitle: "Samverkansråd med skriftlig överenskommelse håller och kan spridas",
        },
      },
    ],
    steps: [
      {
        step: 3,
        daysAgo: 30,
        evidence:
          "Sandvikens kommun har infört samverkansrådet med en egen överenskommelse efter Gävles mall. Hofors och Ockelbo prövar modellen, och Söderhamn och Bollnäs planerar att starta. I Gävle har återkopplingen till föreningarna legat över 70 procent sedan testomgång 2.",
      },
    ],
    adoptions: [
      { municipality: "gavle-kommun", status: "adopted", daysAgo: 105, note: "Samverkansrådet ingår i socialtjänstens ordinarie arbete sedan testomgång 2." },
      {
        municipality: "sandvikens-kommun",
        status: "adopted",
        daysAgo: 45,
        note: "Egen överenskommelse undertecknad; rådet har nio föreningar.",
        earlier: [
          { status: "planned", daysAgo: 100 },
          { status: "testing", daysAgo: 75 },
        ],
      },
      { municipality: "hofors-kommun", status: "testing", daysAgo: 60, note: "Första rådsmötet hållet; överenskommelsen skrivs.", earlier: [{ status: "planned", daysAgo: 90 }] },
      { municipality: "ockelbo-kommun", status: "testing", daysAgo: 40, note: "Prövar ett gemensamt råd med Hofors.", earlier: [{ status: "planned", daysAgo: 70 }] },
      { municipality: "soderhamns-kommun", status: "planned", daysAgo: 20, note: "Start planerad efter sommaren." },
      { municipality: "bollnas-kommun", status: "planned", daysAgo: 15, note: "Socialtjänsten och föreningsrådet i Bollnäs har tackat ja." },
      { municipality: "nordanstigs-kommun", status: "declined", daysAgo: 25, note: "Avvaktar: kommunen har redan ett lokalt nätverk med föreningarna." },
    ],
  },

  // ------------------------------------------------------------------ BarnSäkert locally: pivot, then a new cycle
  {
    idea: "trygga-barn-bvc-vastra-gastrikland",
    guide: GUIDE_GAVLEBORG,
    measures: [
      { key: "fragor", name: "Besök där de fasta frågorna ställdes", unit: "%", direction: "higher" },
      { key: "stod", name: "Familjer med identifierat behov som tackat ja till stöd", unit: "%", direction: "higher" },
      { key: "trygghet", name: "BVC-personal som känner sig trygg i att ställa frågorna", unit: "%", direction: "higher" },
    ],
    cycles: [
      {
        plannedDaysAgo: 230,
        hypothesis:
          "Om BVC-sjuksköterskan ställer fem fasta frågor om stress, våld, missbruk och ekonomi vid två ordinarie besök, ställs frågorna vid minst 80 procent av besöken och minst hälften av familjerna med behov tackar ja till stöd.",
        aim: "Att tidigt upptäcka risker för att barn far illa och ge familjen en väg till stöd.",
        site: "BVC i Hofors",
        hostOrganisation: "Barnhälsovården i Hofors med förebyggande enheten, Hofors kommun",
        targetGroup: "Föräldrar till barn 0–1 år på BVC i Hofors",
        plannedParticipants: 60,
        municipalities: ["hofors-kommun"],
        startsDaysAgo: 215,
        endsDaysAgo: 160,
        measures: [
          { measure: "fragor", baseline: 0, target: 80, values: [[200, 45], [185, 52], [165, 55]] },
          { measure: "stod", baseline: 20, target: 50, values: [[180, 30], [163, 33]] },
          { measure: "trygghet", baseline: 30, target: 70, values: [[190, 40], [165, 48, "Enkät till sju sjuksköterskor"]] },
        ],
        startedDaysAgo: 215,
        participantsReached: 33,
        study: {
          daysAgo: 157,
          observations:
            "Frågorna ställdes vid drygt hälften av besöken. Sjuksköterskorna hoppade över frågorna om våld när båda föräldrarna var med, och formuläret tog för lång tid när tolk behövdes. De familjer som fick frågorna tyckte att det var bra att BVC frågade. Vägen till socialtjänstens öppna stöd var oklar i två fall.",
        },
        decision: {
          kind: "pivot",
          daysAgo: 155,
          rationale:
            "Arbetssättet går inte att testa vidare i den här formen: frågorna om våld kan inte ställas på ett säkert sätt när båda föräldrarna är med. Idén behöver arbetas om innan nästa test.",
          learnings:
            "Frågor om våld måste ställas när föräldern är ensam – planera ett enskilt samtal med varje förälder i stället för att lägga frågorna på ett vanligt besök. Personalen behöver öva samtalen tillsammans, inte bara få en utbildningsdag. En namngiven kontaktperson i socialtjänsten behöver finnas innan start. BarnSäkert i Blekinge bygger på samma delar: enskilda samtal och en överenskommen väg vidare.",
          bearerAgreement: "Mona Myndig instämde; omarbetningen görs tillsammans med BVC i Hofors.",
          learningTitle: "Fasta frågor på BVC: frågor om våld kräver ett enskilt samtal",
          // Kept internal while the reworked questions are tested: the idea is shared within the partnership only.
          publish: false,
        },
      },
      {
        plannedDaysAgo: 110,
        hypothesis:
          "Om frågorna ställs i ett enskilt samtal med varje förälder, efter att personalen övat samtalsmetoden och med en namngiven kontaktperson i socialtjänsten, ställs de vid minst 80 procent av besöken och minst hälften av familjerna med behov tackar ja till stöd.",
        aim: "Att tidigt upptäcka risker för att barn far illa och ge familjen en väg till stöd.",
        site: "BVC i Hofors och BVC i Sandviken",
        hostOrganisation: "Barnhälsovården i Hofors och Sandviken med socialtjänstens öppna stöd",
        targetGroup: "Föräldrar till barn 0–1 år på BVC i Hofors och Sandviken",
        plannedParticipants: 90,
        municipalities: ["hofors-kommun", "sandvikens-kommun"],
        startsDaysAgo: 95,
        endsDaysAgo: -60,
        measures: [
          { measure: "fragor", baseline: 55, target: 80, values: [[75, 71], [50, 78], [20, 82]] },
          { measure: "stod", baseline: 33, target: 50, values: [[60, 40], [25, 47]] },
          { measure: "trygghet", baseline: 48, target: 70, values: [[70, 62], [30, 74]] },
        ],
        startedDaysAgo: 95,
        participantsReached: 48,
      },
    ],
  },

  // ------------------------------------------------------------------ FOKUS 20-25 → 16-25 in Dalarna: scaling
  {
    idea: "ungdomscoach-leksand-rattvik-gagnef",
    guide: GUIDE_DALARNA,
    measures: [
      { key: "kontakter", name: "Unga och anhöriga som tagit kontakt med coachen", unit: "personer", direction: "higher" },
      { key: "coachade", name: "Unga som genomgått coachning", unit: "personer", direction: "higher" },
      { key: "vidare", name: "Unga som kommit vidare mot egen försörjning (studier eller arbete)", unit: "personer", direction: "higher" },
      { key: "uppfoljda", name: "Unga från omgång 1 som kommit vidare vid uppföljningen", unit: "personer", direction: "higher" },
    ],
    cycles: [
      {
        plannedDaysAgo: 300,
        hypothesis:
          "Om en ungdomscoach som delas av tre kommuner möter unga 20–25 år på deras villkor, genomgår minst 35 coachning och minst 25 kommer vidare mot egen försörjning under testperioden.",
        aim: "Att minska utanförskapet och öka drivkraften till egen försörjning hos unga vuxna som varken arbetar eller studerar.",
        site: "Leksand, Rättvik och Gagnef – coachen träffar de unga där de vill",
        hostOrganisation: "Arbetsglädje Siljan ekonomisk förening, med kommunernas arbetsmarknadsenheter",
        targetGroup: "Unga 20–25 år i Leksand, Rättvik och Gagnef som varken arbetar eller studerar, och deras anhöriga",
        plannedParticipants: 40,
        municipalities: ["leksands-kommun", "rattviks-kommun", "gagnefs-kommun"],
        startsDaysAgo: 290,
        endsDaysAgo: 140,
        measures: [
          { measure: "kontakter", baseline: 0, target: 40, values: [[260, 14], [220, 29], [180, 41], [145, 50, "Var femte kontakt kom via en förälder"]] },
          { measure: "coachade", baseline: 0, target: 35, values: [[250, 9], [210, 24], [175, 37], [145, 45]] },
          { measure: "vidare", baseline: 0, target: 25, values: [[230, 6], [190, 17], [160, 26], [145, 33, "Främst studier och jobbsökning"]] },
        ],
        startedDaysAgo: 290,
        participantsReached: 45,
        study: {
          daysAgo: 138,
          observations:
            "50 unga eller anhöriga tog kontakt, 45 genomgick coachning och 33 har kommit vidare, främst till studier och jobbsökning. De 12 som inte kommit vidare följs upp i nästa omgång. Anhöriga uppskattade tematräffarna. Genomgången av myndigheternas rutiner visade att unga hamnar mellan stolarna när ingen har helhetsansvar; förslaget är en gemensam beredningsgrupp, en dörr in.",
        },
        decision: {
          kind: "retest",
          daysAgo: 135,
          rationale:
            "Målen nåddes, men de 12 som inte kommit vidare behöver följas upp, och metoden behöver prövas också för yngre, 16–19 år, innan kommunerna inrättar en gemensam tjänst. Vi testar igen med bredare målgrupp och en gemensam beredningsgrupp.",
          learnings:
            "En coach som delas av tre små kommuner når många: 50 kontakter, 45 coachade och 33 som kommit vidare på en testperiod. Det som gör skillnad är att coachen har tid att följa med till myndighetsbesök. Unga hamnar mellan stolarna när ingen har helhetsansvar, så en gemensam beredningsgrupp behövs. Anhöriga är en viktig väg in: var femte kontakt kom via en förälder.",
          bearerAgreement: "Frida Företagsam och kommunernas kontaktpersoner instämde i beslutet vid styrgruppsmötet.",
          learningTitle: "Delad ungdomscoach: 50 kontakter, 45 coachade, 33 vidare",
        },
        evaluations: [
          {
            author: RESEARCHER,
            daysAgo: 137,
            method: "Före–efter-uppföljning av deltagarnas sysselsättning och semistrukturerade intervjuer med unga, anhöriga och handläggare.",
            dataSources:
              "Coachens avidentifierade deltagarlogg, kommunernas uppgifter om försörjningsstöd, åtta intervjuer med unga, fyra med anhöriga och sex med handläggare.",
            findings:
              "Resultaten liknar dem i FOKUS 20-25: två av tre som coachades har gått vidare till studier eller arbete. Utan jämförelsegrupp går det inte att säga hur många som hade gått vidare ändå. Intervjuerna pekar på coachens tillgänglighet och följeslagandet till myndigheter som det verksamma.",
            confidence: "medium",
            ethicsNotes:
              "Deltagarna har lämnat skriftligt samtycke till att deras uppgifter används i uppföljningen. Intervjuerna med unga under 18 år hölls först efter vårdnadshavares samtycke. Citat återges så att ingen kan identifieras i en liten kommun.",
            sharedDaysAgo: 136,
          },
        ],
      },
      {
        hypothesis:
          "Om coachen också når unga 16–19 år och en gemensam beredningsgrupp tar helhetsansvar för dem som fastnar, genomgår minst 40 coachning och minst 28 kommer vidare, och minst hälften av de 12 från omgång 1 har kommit vidare vid uppföljningen.",
        aim: "Att minska utanförskapet och öka drivkraften till egen försörjning hos unga som varken arbetar eller studerar, och att förebygga att yngre hamnar där.",
        site: "Leksand, Rättvik och Gagnef – coachen träffar de unga där de vill",
        hostOrganisation: "Arbetsglädje Siljan ekonomisk förening, med kommunernas arbetsmarknadsenheter",
        targetGroup: "Unga 16–25 år i Leksand, Rättvik och Gagnef som varken arbetar eller studerar, och deras anhöriga",
        plannedParticipants: 50,
        municipalities: ["leksands-kommun", "rattviks-kommun", "gagnefs-kommun"],
        revisedDaysAgo: 130,
        startsDaysAgo: 125,
        endsDaysAgo: 50,
        measures: [
          { measure: "kontakter", baseline: 0, target: 45, values: [[100, 18], [70, 37], [52, 52, "Fler kontakter via elevhälsan och KAA"]] },
          { measure: "coachade", baseline: 0, target: 40, values: [[95, 12], [65, 30], [52, 44]] },
          { measure: "vidare", baseline: 0, target: 28, values: [[80, 8], [60, 21], [52, 31]] },
          { measure: "uppfoljda", baseline: 0, target: 6, values: [[90, 3], [55, 7]] },
        ],
        startedDaysAgo: 125,
        participantsReached: 44,
        study: {
          daysAgo: 48,
          observations:
            "Den bredare målgruppen gav fler kontakter via skolornas elevhälsa och det kommunala aktivitetsansvaret. Av de 12 som inte kommit vidare i första omgången har 7 nu börjat studera eller arbeta. Beredningsgruppen med socialtjänst, arbetsmarknadsenheter och vuxenutbildning har träffats varje månad och löst flera ärenden som annars hade fastnat.",
        },
        decision: {
          kind: "advance",
          daysAgo: 45,
          rationale:
            "Båda omgångarna nådde målen, också med yngre deltagare. Metoden har visat sig fungera, och kommunerna föreslås inrätta en gemensam tjänst som ungdomscoach med beredningsgruppen som en dörr in.",
          learnings:
            "Att vidga målgruppen till 16–19 år fungerade och nådde unga innan utanförskapet blivit långvarigt. Beredningsgruppen gav de unga som fastnat en väg framåt: 7 av 12 från första omgången kom vidare. En delad tjänst kräver en överenskommelse om finansiering mellan kommunerna innan den kan bli ordinarie verksamhet.",
          bearerAgreement: "Frida Företagsam godkände beslutet vid avslutningsmötet.",
          learningTitle: "Ungdomscoach för 16–25 år och en dörr in: redo att införas",
        },
      },
    ],
    steps: [
      {
        step: 3,
        daysAgo: 15,
        evidence:
          "Leksand, Rättvik och Gagnef har beslutat att inrätta en gemensam tjänst som ungdomscoach och att behålla beredningsgruppen. Två testomgångar nådde målen: 45 och 44 coachade, 33 och 31 som kommit vidare.",
      },
    ],
    adoptions: [
      { municipality: "leksands-kommun", status: "adopted", daysAgo: 20, note: "Beslut om gemensam tjänst; Leksand är arbetsgivare.", earlier: [{ status: "testing", daysAgo: 124 }] },
      { municipality: "rattviks-kommun", status: "adopted", daysAgo: 18, note: "Beslut om gemensam tjänst och finansiering.", earlier: [{ status: "testing", daysAgo: 124 }] },
      { municipality: "gagnefs-kommun", status: "adopted", daysAgo: 16, note: "Beslut om gemensam tjänst och finansiering.", earlier: [{ status: "testing", daysAgo: 124 }] },
      { municipality: "vansbro-kommun", status: "planned", daysAgo: 10, note: "Vill ansluta till beredningsgruppen nästa år." },
    ],
  },

  // ------------------------------------------------------------------ Stopped: sms reminders in Nordanstig
  {
    idea: "sms-paminnelser-traffpunkter-aldre",
    guide: GUIDE_GAVLEBORG,
    measures: [
      { key: "anmalda", name: "Äldre som anmält sig för sms", unit: "personer", direction: "higher" },
      { key: "besok", name: "Besök per vecka på träffpunkterna", unit: "besök", direction: "higher" },
    ],
    cycles: [
      {
        plannedDaysAgo: 250,
        hypothesis:
          "Om äldre som anmält sig får ett sms varje måndag med veckans program, ökar besöken på träffpunkterna med minst en fjärdedel.",
        aim: "Fler besökare på träffpunkterna och mindre ensamhet bland äldre i Nordanstig.",
        site: "Kommunens träffpunkter i Bergsjö och Harmånger",
        hostOrganisation: "Näringssons Digitalhjälp AB med träffpunkterna i Nordanstigs kommun",
        targetGroup: "Äldre i Nordanstig som bor hemma och har mobiltelefon",
        plannedParticipants: 100,
        municipalities: ["nordanstigs-kommun"],
        startsDaysAgo: 240,
        endsDaysAgo: 198,
        measures: [
          { measure: "anmalda", baseline: 0, target: 100, values: [[230, 4], [215, 7], [200, 9]] },
          { measure: "besok", baseline: 42, target: 55, values: [[228, 40], [214, 43], [200, 41]] },
        ],
        startedDaysAgo: 240,
        participantsReached: 9,
        study: {
          daysAgo: 197,
          observations:
            "Bara nio personer anmälde sig via webben och biblioteket. Flera sa att de inte ville lämna ut sitt nummer på nätet. Besöken låg kvar på samma nivå.",
        },
        decision: {
          kind: "retest",
          daysAgo: 195,
          rationale:
            "För få anmälde sig för att säga något om effekten. Vi prövar en gång till med anmälan via hemtjänsten, där personalen redan har förtroende.",
          learnings:
            "Anmälan via webben når inte målgruppen. Äldre är försiktiga med att lämna ut sitt telefonnummer till en avsändare de inte känner.",
          bearerAgreement: "Nils Näringsson instämde i ett samtal med lotsen.",
          learningTitle: "Sms-påminnelser: anmälan via webben når inte äldre",
        },
      },
      {
        hypothesis:
          "Om äldre kan anmäla sig för sms via hemtjänsten, och får ett sms varje måndag med veckans program, ökar besöken på träffpunkterna med minst en fjärdedel.",
        aim: "Fler besökare på träffpunkterna och mindre ensamhet bland äldre i Nordanstig.",
        site: "Kommunens träffpunkter i Bergsjö och Harmånger",
        hostOrganisation: "Näringssons Digitalhjälp AB med träffpunkterna och hemtjänsten i Nordanstigs kommun",
        targetGroup: "Äldre i Nordanstig som bor hemma och har mobiltelefon",
        plannedParticipants: 100,
        municipalities: ["nordanstigs-kommun"],
        revisedDaysAgo: 193,
        startsDaysAgo: 190,
        endsDaysAgo: 148,
        measures: [
          { measure: "anmalda", baseline: 9, target: 100, values: [[180, 14], [165, 19], [150, 23]] },
          { measure: "besok", baseline: 41, target: 55, values: [[178, 44], [164, 40], [150, 42]] },
        ],
        startedDaysAgo: 190,
        participantsReached: 23,
        study: {
          daysAgo: 147,
          observations:
            "Med anmälan via hemtjänsten kom ytterligare 14 personer, totalt 23 på tolv veckor. Besöken förändrades inte. I samtal sa flera att sms från okända nummer känns osäkra; det som fick dem att gå till träffpunkten var en personlig inbjudan från hemtjänsten eller en granne.",
        },
        decision: {
          kind: "stop",
          daysAgo: 145,
          rationale:
            "Under tolv veckor anmälde sig bara 23 personer, och antalet besök på träffpunkterna förändrades inte. Sms-påminnelser är inte vägen till fler besökare; vi avslutar testet och tar lärdomarna vidare till andra idéer.",
          learnings:
            "Ett test som inte gav det vi hoppades är också kunskap. Många äldre upplever sms från okända nummer som osäkra, och påminnelser ändrar inte vanor. En personlig inbjudan från hemtjänsten eller en granne fungerade bättre. Att vi räknade besöken före start gjorde att vi kunde se att inget förändrades. Lärdomarna används i Telefonvänner i Ockelbo och i Digitala fikaträffar.",
          bearerAgreement: "Nils Näringsson var med och fattade beslutet vid det avslutande mötet.",
          learningTitle: "Sms-påminnelser lockade inte fler äldre till träffpunkterna",
        },
        evaluations: [
          {
            author: RESEARCHER,
            daysAgo: 140,
            method: "Jämförelse av besök per vecka före och under testet, och korta samtal med besökare på träffpunkterna.",
            dataSources: "Träffpunkternas besöksräkning tre veckor före och tolv veckor under testet, anmälningslistan, anteckningar från 15 samtal.",
            findings:
              "Ingen förändring i besöken som går att skilja från variationen mellan veckor. Baslinjen bygger på bara tre veckor och testet låg över sommaren, så en liten effekt kan inte uteslutas – men den var i så fall långt under målet. Samtalen stöder slutsatsen att det är förtroende, inte information, som saknas.",
            confidence: "low",
            ethicsNotes:
              "Telefonnumren raderades när testet avslutades. Samtalen hölls utan att namn antecknades.",
          },
        ],
      },
    ],
  },

  // ------------------------------------------------------------------ SIP-lots: adopted, ladder step 4
  {
    idea: "sip-lots-vastra-gastrikland",
    guide: GUIDE_GAVLEBORG,
    measures: [
      { key: "delaktiga", name: "Familjer som känner sig delaktiga i sin SIP", unit: "%", direction: "higher" },
      { key: "dagar", name: "Dagar från begäran till SIP-möte", unit: "dagar", direction: "lower" },
    ],
    cycles: [
      {
        plannedDaysAgo: 350,
        hypothesis:
          "Om en frivillig lots med egen erfarenhet träffar familjen före och efter SIP-mötet, känner sig minst 70 procent av familjerna delaktiga i planen.",
        aim: "Planer där familjens egna mål kommer först, och fler SIP:ar som upprättas i tid.",
        site: "Sandviken",
        hostOrganisation: "Föreningen Grannstöd Sandviken",
        targetGroup: "Familjer i Sandviken med insatser från både kommun och region",
        plannedParticipants: 15,
        municipalities: ["sandvikens-kommun"],
        startsDaysAgo: 340,
        endsDaysAgo: 260,
        measures: [
          { measure: "delaktiga", baseline: 40, target: 70, values: [[300, 60], [265, 67]] },
          { measure: "dagar", baseline: 35, target: 21, values: [[310, 30], [270, 26]] },
        ],
        startedDaysAgo: 340,
        participantsReached: 14,
        study: {
          daysAgo: 258,
          observations:
            "14 familjer fick en lots. Fler kände sig delaktiga, men planerna skrevs fortfarande på verksamheternas språk. Lotsarna saknade ett sätt att hjälpa familjen formulera sina mål. Väntetiden till mötet kortades något.",
        },
        decision: {
          kind: "retest",
          daysAgo: 255,
          rationale: "Resultaten går åt rätt håll men når inte målen. Vi testar igen med en enkel mall för familjens mål och i två kommuner till.",
          learnings:
            "Familjerna behöver hjälp att skriva ner sina egna mål före mötet; annars blir planen verksamheternas. Lotsens egen erfarenhet skapar förtroende.",
          bearerAgreement: "Elsa Exempelsson och lotsarna instämde.",
          learningTitle: "SIP-lots: familjen behöver skriva sina mål före mötet",
        },
      },
      {
        hypothesis:
          "Om lotsen och familjen fyller i en enkel mall med familjens mål före SIP-mötet, känner sig minst 70 procent delaktiga och mötet hålls inom tre veckor från begäran.",
        aim: "Planer där familjens egna mål kommer först, och fler SIP:ar som upprättas i tid.",
        site: "Sandviken, Hofors och Ockelbo",
        hostOrganisation: "Föreningen Grannstöd Sandviken",
        targetGroup: "Familjer i Sandviken, Hofors och Ockelbo med insatser från både kommun och region",
        plannedParticipants: 20,
        municipalities: ["sandvikens-kommun", "hofors-kommun", "ockelbo-kommun"],
        revisedDaysAgo: 250,
        startsDaysAgo: 245,
        endsDaysAgo: 170,
        measures: [
          { measure: "delaktiga", baseline: 40, target: 70, values: [[220, 72], [180, 80]] },
          { measure: "dagar", baseline: 35, target: 21, values: [[215, 24], [178, 19]] },
        ],
        startedDaysAgo: 245,
        participantsReached: 20,
        study: {
          daysAgo: 168,
          observations:
            "20 familjer i Sandviken, Hofors och Ockelbo. Med mallen skrev familjerna själva sina mål, och fyra av fem kände sig delaktiga. Tiden till SIP-mötet kortades till 19 dagar eftersom lotsen hjälpte familjen att begära SIP tidigt.",
        },
        decision: {
          kind: "advance",
          daysAgo: 165,
          rationale: "Båda målen nåddes i tre kommuner. Lotsningen är redo att föreslås för länets handlingsplan.",
          learnings:
            "Med mallen blev familjens egna mål utgångspunkten i planen: 80 procent kände sig delaktiga, mot 40 procent före. Lotsen hjälper också familjen att begära SIP tidigare. Sammanlagt 34 familjer i två testomgångar.",
          bearerAgreement: "Elsa Exempelsson godkände beslutet för föreningen.",
          learningTitle: "SIP-lots med mall för familjens mål: fyra av fem känner sig delaktiga",
        },
      },
    ],
    steps: [
      {
        step: 3,
        daysAgo: 120,
        evidence: "Lotsningen används nu i alla tre kommunerna i Västra Gästrikland med samma mall, och resultaten från testomgång 2 har hållit i sig.",
      },
      {
        step: 4,
        daysAgo: 80,
        evidence:
          "Efter beslut i Länsledning Välfärd ingår SIP-lotsning som aktivitet i länets handlingsplan och i den ordinarie samverkan mellan kommunerna och regionen.",
      },
    ],
    adoptions: [
      { municipality: "sandvikens-kommun", status: "adopted", daysAgo: 112, note: "Ingår i socialtjänstens rutin för SIP." },
      { municipality: "hofors-kommun", status: "adopted", daysAgo: 100, note: "Ingår i rutinen för SIP.", earlier: [{ status: "testing", daysAgo: 160 }] },
      { municipality: "ockelbo-kommun", status: "adopted", daysAgo: 95, note: "Ingår i rutinen för SIP.", earlier: [{ status: "testing", daysAgo: 160 }] },
    ],
  },

  // ------------------------------------------------------------------ Anhörigcafé: not public, a first cycle planned
  {
    idea: "anhorigcafe-foraldrar-unga-missbruk",
    guide: GUIDE_GAVLEBORG,
    measures: [
      { key: "aterkommande", name: "Föräldrar som kommit till minst två träffar", unit: "personer", direction: "higher" },
      { key: "maende", name: "Deltagare som uppger att de orkar mer än före", unit: "%", direction: "higher" },
    ],
    cycles: [
      {
        plannedDaysAgo: 5,
        hypothesis:
          "Om föräldrar till unga med missbruk kan träffas en kväll i månaden på en anonym mötesplats med kommunens anhörigstöd, kommer minst åtta föräldrar tillbaka fler än en gång under fyra månader.",
        aim: "Att anhöriga mår bättre, orkar stötta sin ungdom och hittar rätt stöd tidigare.",
        site: "Föreningens lokal i Sandviken",
        hostOrganisation: "Föreningen Grannstöd Sandviken med anhörigstödet i Sandvikens kommun",
        targetGroup: "Föräldrar och andra nära anhöriga till unga 13–25 år med missbruk eller beroende i Sandviken",
        plannedParticipants: 15,
        municipalities: ["sandvikens-kommun"],
        startsDaysAgo: -10,
        endsDaysAgo: -130,
        measures: [
          { measure: "aterkommande", baseline: 0, target: 8, values: [] },
          // How to ask without breaking anonymity is not settled yet: no baseline, so not yet test-ready.
          { measure: "maende", baseline: null, target: 60, values: [] },
        ],
      },
    ],
    accessRequests: [
      {
        requester: RESEARCHER,
        daysAgo: 3,
        reason:
          "Jag följer stödet till anhöriga i länet och vill ta del av planen för att kunna föreslå hur upplevt mående kan mätas utan att deltagarnas anonymitet röjs.",
      },
    ],
  },
];

/** The pilot of a demo idea, by the idea's key. */
export const pilotOf = (ideaKey: string): PilotSeed | undefined => demoPilots.find((p) => p.idea === ideaKey);

/** Days ago the first cycle of a pilot was planned: the idea's path before testing fits before it. */
export const firstPlannedDaysAgo = (p: PilotSeed): number => p.cycles[0]?.plannedDaysAgo ?? 0;
