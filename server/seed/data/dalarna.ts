// Dalarna: the second arena, drawn from the final report of "Samling för social
// hållbarhet i Dalarna" (seeds/002_*). The four theme areas become strategy areas, each
// with one goal; the report's 30 prioritised action areas (åtgärdsområden 1–30, chapter 7)
// become focus areas, renumbered per theme: 1.1–1.6 = ÅO 1–6, 2.1–2.5 = ÅO 7–11,
// 3.1–3.5 = ÅO 12–16, 4.1–4.14 = ÅO 17–30. Descriptions are our own wording.

import type { ArenaSeed, OrganisationSeed } from "./types.js";

const municipality = (municipalityCode: string, key: string, name: string): OrganisationSeed => ({
  key,
  name,
  kind: "municipality",
  sector: "public",
  municipalityCode,
  isParty: true,
});

const municipalityKeys = [
  "avesta-kommun",
  "borlange-kommun",
  "falu-kommun",
  "gagnefs-kommun",
  "hedemora-kommun",
  "leksands-kommun",
  "ludvika-kommun",
  "malung-salens-kommun",
  "mora-kommun",
  "orsa-kommun",
  "rattviks-kommun",
  "smedjebackens-kommun",
  "saters-kommun",
  "vansbro-kommun",
  "alvdalens-kommun",
];

export const dalarna: ArenaSeed = {
  slug: "dalarna",
  name: {
    sv: "Regional arena för sociala innovationer Dalarna",
    en: "Regional Arena for Social Innovation Dalarna",
  },
  region: "Region Dalarna",
  countyCode: "20",
  description: {
    sv: "En regional stödfunktion där idéer, främst från civilsamhället men också från offentliga verksamheter och näringsliv, får hjälp att utvecklas, testas och hitta rätt i innovationssystemet. Arenan växte fram ur arbetet med social hållbarhet och jämlik hälsa i Dalarna.",
    en: "A regional support function where ideas, above all from civil society but also from public services and business, get help to develop, be tested and find their way in the innovation system. The arena grew out of Dalarna's work on social sustainability and equal health.",
  },

  // The report does not divide Dalarna into county parts.
  countyParts: [],

  organisations: [
    {
      key: "region-dalarna",
      name: "Region Dalarna",
      kind: "region",
      sector: "public",
      isParty: true,
    },
    {
      key: "lansstyrelsen-dalarna",
      name: "Länsstyrelsen Dalarna",
      kind: "county_administrative_board",
      sector: "public",
      isParty: true,
    },
    {
      key: "hogskolan-dalarna",
      name: "Högskolan Dalarna",
      kind: "university",
      sector: "academia",
      isParty: true,
    },
    municipality("2084", "avesta-kommun", "Avesta kommun"),
    municipality("2081", "borlange-kommun", "Borlänge kommun"),
    municipality("2080", "falu-kommun", "Falu kommun"),
    municipality("2026", "gagnefs-kommun", "Gagnefs kommun"),
    municipality("2083", "hedemora-kommun", "Hedemora kommun"),
    municipality("2029", "leksands-kommun", "Leksands kommun"),
    municipality("2085", "ludvika-kommun", "Ludvika kommun"),
    municipality("2023", "malung-salens-kommun", "Malung-Sälens kommun"),
    municipality("2062", "mora-kommun", "Mora kommun"),
    municipality("2034", "orsa-kommun", "Orsa kommun"),
    municipality("2031", "rattviks-kommun", "Rättviks kommun"),
    municipality("2061", "smedjebackens-kommun", "Smedjebackens kommun"),
    municipality("2082", "saters-kommun", "Säters kommun"),
    municipality("2021", "vansbro-kommun", "Vansbro kommun"),
    municipality("2039", "alvdalens-kommun", "Älvdalens kommun"),
  ],

  bodies: [
    {
      key: "partnerskap-jamlik-halsa",
      name: "Partnerskap för god och jämlik hälsa i ett hållbart Dalarna",
      kind: "strategic_leadership",
      level: "strategic",
      description: {
        sv: "Den regionala samverkansstruktur som slutrapporten rekommenderar, under gemensamt ansvar av Region Dalarna och Länsstyrelsen Dalarna. Den ska stödja kommunernas tvärsektoriella arbete för jämlik hälsa och vara ett forum där offentlig sektor, näringsliv, civilsamhälle och akademi möts.",
        en: "The regional collaboration structure recommended by the final report, jointly led by Region Dalarna and Länsstyrelsen Dalarna. It is meant to support the municipalities' cross-sector work for equal health and to be a forum where the public sector, business, civil society and academia meet.",
      },
      members: ["region-dalarna", "lansstyrelsen-dalarna"],
    },
    {
      key: "arenans-stodfunktion",
      name: "Arenans stödfunktion för sociala innovationer",
      kind: "coordination_office",
      level: "operational",
      description: {
        sv: "Regionens stöd till idébärare på arenan, där offentliga aktörer tillsammans med akademin hjälper idéer att utvecklas, testas och lotsas vidare. Region Dalarna tar initiativet tillsammans med andra regionala innovationsaktörer.",
        en: "The region's support to idea bearers on the arena, where public actors together with academia help ideas develop, be tested and be guided onwards. Region Dalarna leads the initiative together with other regional innovation actors.",
      },
      members: ["region-dalarna", "hogskolan-dalarna"],
    },
    {
      key: "styrgrupp-samlingen",
      name: "Styrgrupp för Samling för social hållbarhet",
      kind: "strategic_leadership",
      level: "strategic",
      temporary: true,
      description: {
        sv: "Styrgrupp för den tvååriga processen 2016–2018, i huvudsak bestående av ledamöterna i Rådet för välfärdsutveckling vid dåvarande Region Dalarna.",
        en: "Steering group for the two-year process 2016–2018, made up mainly of the members of the Council for Welfare Development at the former Region Dalarna.",
      },
    },
    {
      key: "projektledningsgrupp-samlingen",
      name: "Projektledningsgrupp för Samling för social hållbarhet",
      kind: "coordination_office",
      level: "operational",
      parent: "styrgrupp-samlingen",
      temporary: true,
      description: {
        sv: "Chefer och samordnare från region, högskola, länsstyrelse och landsting som planerade processen och höll i dess konferenser. Gruppen var nära kopplad till regionens analysarbete och högskolans arbete med kunskapsbaserad praktik.",
        en: "Managers and coordinators from the region, the university, the county administrative board and the county council who planned the process and ran its conferences. The group was closely tied to the region's analysis work and the university's work on evidence-based practice.",
      },
      members: ["region-dalarna", "hogskolan-dalarna", "lansstyrelsen-dalarna"],
    },
    {
      key: "uppdragsgruppen",
      name: "Uppdragsgruppen",
      kind: "working_group",
      level: "operational",
      parent: "projektledningsgrupp-samlingen",
      temporary: true,
      description: {
        sv: "Arbetsgrupp med deltagare från alla länets kommuner samt region, landsting och länsstyrelse som gjorde det mesta av det praktiska arbetet. Den prioriterade fram 30 av 102 åtgärdsområden och förankrade arbetet i de egna organisationerna.",
        en: "Working group with participants from every municipality in the county plus the region, county council and county administrative board, which did most of the practical work. It narrowed 102 action areas down to 30 and anchored the work in its own organisations.",
      },
      members: ["region-dalarna", "lansstyrelsen-dalarna", ...municipalityKeys],
    },
    {
      key: "natverk-statistik-och-analys",
      name: "Dalarnas nätverk för statistik och analys",
      kind: "working_group",
      level: "operational",
      description: {
        sv: "Nätverk som förenar kommunernas och regionens tidigare separata nätverk för statistik och analys. Det ska höja kvaliteten i länets analyser av hälsa och livsvillkor och stärka samverkan mellan nivåerna.",
        en: "A network that merges the municipalities' and the region's formerly separate statistics and analysis networks. It aims to raise the quality of the county's analyses of health and living conditions and to strengthen collaboration between levels.",
      },
      members: ["region-dalarna", ...municipalityKeys],
    },
  ],

  strategy: {
    key: "samling-for-social-hallbarhet",
    name: {
      sv: "Samling för social hållbarhet i Dalarna",
      en: "Joint effort for social sustainability in Dalarna",
    },
    overallGoal: {
      sv: "God och jämlik hälsa i ett hållbart Dalarna",
      en: "Good and equal health in a sustainable Dalarna",
    },
    // The process ran 2016–2018 and the final report came in 2019; the work is framed
    // as Dalarna's contribution to Agenda 2030, hence 2030 as the horizon.
    fromYear: 2019,
    toYear: 2030,
    // The report names no goal numbers; these follow its four theme areas (child
    // poverty, health, school, self-support/work, inequality, sustainable communities).
    agenda2030Goals: [3, 4, 10],
    areas: [
      {
        key: "bra-start-i-livet",
        name: { sv: "En bra start i livet", en: "A good start in life" },
        goals: [
          {
            number: 1,
            title: {
              sv: "Ge alla barn en bra start i livet",
              en: "Give every child a good start in life",
            },
            focusAreas: [
              {
                code: "1.1",
                title: {
                  sv: "Utveckla familjecentrerade arbetssätt",
                  en: "Develop family-centred ways of working",
                },
              },
              {
                code: "1.2",
                title: {
                  sv: "Stärk förskolans betydelse för social jämlikhet",
                  en: "Strengthen the role of preschool for social equality",
                },
              },
              {
                code: "1.3",
                title: {
                  sv: "Etablera fler familjecentraler",
                  en: "Establish more family centres",
                },
              },
              {
                code: "1.4",
                title: {
                  sv: "Erbjud och samordna föräldrastöd",
                  en: "Offer and coordinate parenting support",
                },
              },
              {
                code: "1.5",
                title: {
                  sv: "Öka stödet till barnfamiljer med sociala problem",
                  en: "Increase support to families with children facing social problems",
                },
              },
              {
                code: "1.6",
                title: {
                  sv: "Se till att försörjningsstödet har ett barnperspektiv",
                  en: "Make sure income support has a child perspective",
                },
              },
            ],
          },
        ],
      },
      {
        key: "skolaldern",
        name: { sv: "Goda förutsättningar i skolåldern", en: "Good conditions in school age" },
        goals: [
          {
            number: 2,
            title: {
              sv: "Ge alla barn och unga goda förutsättningar under tiden i skolåldern",
              en: "Give all children and young people good conditions during their school years",
            },
            focusAreas: [
              {
                code: "2.1",
                title: {
                  sv: "Förhindra skolmisslyckanden, elevers skolavhopp och öka närvaron",
                  en: "Prevent school failure and dropout, and increase attendance",
                },
              },
              {
                code: "2.2",
                title: {
                  sv: "Stärk skolans likvärdighet",
                  en: "Strengthen equity in school",
                },
              },
              {
                code: "2.3",
                title: {
                  sv: "Utveckla skolans samarbete med föräldrarna och samhälle",
                  en: "Develop the school's cooperation with parents and the community",
                },
              },
              {
                code: "2.4",
                title: {
                  sv: "Organisera och planera för barn och ungas deltagande och inflytande i skola och samhälle",
                  en: "Organise and plan for children's and young people's participation and influence in school and society",
                },
              },
              {
                code: "2.5",
                title: {
                  sv: "Satsa på hälsofrämjande skolutveckling",
                  en: "Invest in health-promoting school development",
                },
              },
            ],
          },
        ],
      },
      {
        key: "egen-forsorjning",
        name: { sv: "Egen försörjning för alla", en: "Self-support for all" },
        goals: [
          {
            number: 3,
            title: {
              sv: "Ge alla förutsättningar för egen försörjning",
              en: "Give everyone the conditions to support themselves",
            },
            focusAreas: [
              {
                code: "3.1",
                title: {
                  sv: "Underlätta inträdet på arbetsmarknaden",
                  en: "Ease entry into the labour market",
                },
              },
              {
                code: "3.2",
                title: {
                  sv: "Utveckla och erbjud stödjande insatser för unga",
                  en: "Develop and offer support measures for young people",
                },
              },
              {
                code: "3.3",
                title: {
                  sv: "Erbjud vuxenutbildning som är tillgänglig och ekonomiskt genomförbar för alla",
                  en: "Offer adult education that is accessible and affordable for all",
                },
              },
              {
                code: "3.4",
                title: {
                  sv: "Inför sociala krav vid upphandlingar och stimulera utveckling av sociala företag och arbetskooperativ",
                  en: "Introduce social requirements in procurement and stimulate social enterprises and work cooperatives",
                },
              },
              {
                code: "3.5",
                title: {
                  sv: "Utarbeta och implementera strategier för goda arbetsförhållanden",
                  en: "Develop and implement strategies for good working conditions",
                },
              },
            ],
          },
        ],
      },
      {
        key: "halsoframjande-miljoer",
        name: {
          sv: "Hälsofrämjande och hållbara miljöer",
          en: "Health-promoting, sustainable environments",
        },
        goals: [
          {
            number: 4,
            title: {
              sv: "Skapa hälsofrämjande och hållbara miljöer och samhällen för alla",
              en: "Create health-promoting and sustainable environments and communities for all",
            },
            focusAreas: [
              {
                code: "4.1",
                title: {
                  sv: "Utveckla nätet av gång- och cykelvägar",
                  en: "Develop the network of walking and cycling paths",
                },
              },
              {
                code: "4.2",
                title: {
                  sv: "Skapa fler lättillgängliga mötesplatser",
                  en: "Create more easily accessible meeting places",
                },
              },
              {
                code: "4.3",
                title: {
                  sv: "Fysisk planering ska bidra till att stärka tilliten och främja inflytande",
                  en: "Physical planning that strengthens trust and promotes influence",
                },
              },
              {
                code: "4.4",
                title: {
                  sv: "Öka tillgängligheten till kollektivtrafiken",
                  en: "Improve access to public transport",
                },
              },
              {
                code: "4.5",
                title: {
                  sv: "Bygg bort barriärer och strukturer som separerar bostadsområden",
                  en: "Remove barriers and structures that separate residential areas",
                },
              },
              {
                code: "4.6",
                title: {
                  sv: "Ta fram ett handlingsprogram för att öka tillgången på bostäder av god kvalitet",
                  en: "Draw up an action programme to increase the supply of good-quality housing",
                },
              },
              {
                code: "4.7",
                title: {
                  sv: "Utveckla samverkan och samordning mellan vård- och omsorgsgivare",
                  en: "Develop collaboration and coordination between care providers",
                },
              },
              {
                code: "4.8",
                title: {
                  sv: "Ge alla goda förutsättningar för att ta del av samhällsinformation och information om hälsofrämjande insatser",
                  en: "Give everyone good access to public information and information on health-promoting services",
                },
              },
              {
                code: "4.9",
                title: {
                  sv: "Hälsofrämjande insatser som når socioekonomiskt utsatta grupper",
                  en: "Health-promoting measures that reach socioeconomically disadvantaged groups",
                },
              },
              {
                code: "4.10",
                title: {
                  sv: "Åtgärder som ger grönområden av god kvalitet",
                  en: "Measures that provide good-quality green spaces",
                },
              },
              {
                code: "4.11",
                title: {
                  sv: "Främja trygghet i offentliga miljöer",
                  en: "Promote safety in public spaces",
                },
              },
              {
                code: "4.12",
                title: {
                  sv: "Planera för ett varierat bostadsutbud och blandade upplåtelseformer",
                  en: "Plan for a varied housing supply and mixed forms of tenure",
                },
              },
              {
                code: "4.13",
                title: {
                  sv: "Informera äldre om mötesplatser och erbjud sociala insatser",
                  en: "Inform older people about meeting places and offer social support",
                },
              },
              {
                code: "4.14",
                title: {
                  sv: "Ta fram ett handlingsprogram för att åtgärda brister i miljön för barn och unga",
                  en: "Draw up an action programme to remedy shortcomings in the environment for children and young people",
                },
              },
            ],
          },
        ],
      },
    ],
  },
};
