// Gävleborg: the cross-sector partnership structure for welfare (Region Gävleborg, the
// ten municipalities and Hälsinglands Utbildningsförbund) and the welfare strategy to 2030.
// Sources: seeds/000_* (Välfärdsstrategi), 001_* (decision memo), 004_* (agreement on
// forms of collaboration in Länsledning Välfärd). Descriptions are our own wording.

import type { ArenaSeed, OrganisationSeed } from "./types.js";

const municipality = (municipalityCode: string, key: string, name: string, countyPart: string): OrganisationSeed => ({
  key,
  name,
  kind: "municipality",
  sector: "public",
  municipalityCode,
  countyPart,
  isParty: true,
  // Fictional registries on a reserved domain (RFC 2606): dispatches in the demo go nowhere real.
  contact: { name: "Registrator", email: `registrator@${key.replace(/-kommun$/, "")}.kommun.example` },
});

export const gavleborg: ArenaSeed = {
  slug: "gavleborg",
  name: {
    sv: "Arena för social innovation Gävleborg",
    en: "Social Innovation Arena Gävleborg",
  },
  region: "Region Gävleborg",
  countyCode: "21",
  description: {
    sv: "En gemensam arena där idéer från civilsamhälle, offentliga verksamheter, näringsliv och akademi får stöd att prövas och växa. Arenan är kopplad till samverkansstrukturen mellan Region Gävleborg och länets tio kommuner och till välfärdsstrategins mål för hälsa, utbildning och jämlikhet.",
    en: "A shared arena where ideas from civil society, public services, business and academia get support to be tested and to grow. It is linked to the partnership between Region Gävleborg and the county's ten municipalities and to the welfare strategy's goals for health, education and equality.",
  },

  // 004_* names the four county parts but not which municipality belongs to which;
  // the assignment below follows the established division of the county.
  countyParts: [
    { key: "norra-halsingland", name: "Norra Hälsingland" },
    { key: "sodra-halsingland", name: "Södra Hälsingland" },
    { key: "vastra-gastrikland", name: "Västra Gästrikland" },
    { key: "gavle", name: "Gävle" },
  ],

  organisations: [
    {
      key: "region-gavleborg",
      name: "Region Gävleborg",
      kind: "region",
      sector: "public",
      isParty: true,
      contact: { name: "Registrator", email: "registrator@regiongavleborg.example" },
    },
    municipality("2183", "bollnas-kommun", "Bollnäs kommun", "sodra-halsingland"),
    municipality("2180", "gavle-kommun", "Gävle kommun", "gavle"),
    municipality("2104", "hofors-kommun", "Hofors kommun", "vastra-gastrikland"),
    municipality("2184", "hudiksvalls-kommun", "Hudiksvalls kommun", "norra-halsingland"),
    municipality("2161", "ljusdals-kommun", "Ljusdals kommun", "norra-halsingland"),
    municipality("2132", "nordanstigs-kommun", "Nordanstigs kommun", "norra-halsingland"),
    municipality("2101", "ockelbo-kommun", "Ockelbo kommun", "vastra-gastrikland"),
    municipality("2121", "ovanakers-kommun", "Ovanåkers kommun", "sodra-halsingland"),
    municipality("2181", "sandvikens-kommun", "Sandvikens kommun", "vastra-gastrikland"),
    municipality("2182", "soderhamns-kommun", "Söderhamns kommun", "sodra-halsingland"),
    {
      key: "halsinglands-utbildningsforbund",
      name: "Hälsinglands Utbildningsförbund",
      kind: "education_federation",
      sector: "public",
      // Signs the Länsledning Välfärd agreement, but "the eleven parties" of the partnership
      // agreement are the region and the ten municipalities.
      isParty: false,
    },
    // Not parties to the agreement; present in the county's innovation support system.
    {
      key: "lansstyrelsen-gavleborg",
      name: "Länsstyrelsen Gävleborg",
      kind: "county_administrative_board",
      sector: "public",
      isParty: false,
    },
    {
      key: "hogskolan-i-gavle",
      name: "Högskolan i Gävle",
      kind: "university",
      sector: "academia",
      isParty: false,
    },
  ],

  bodies: [
    {
      key: "natverk-valfard",
      name: "Nätverk Välfärd",
      kind: "political_network",
      level: "political",
      description: {
        sv: "Länets politiska ledningsgrupp för samverkan inom välfärden, där ordförande för kommunernas social- och utbildningsnämnder möter ledamöter ur regionens hälso- och sjukvårdsnämnd. Nätverket beslutar om välfärdsstrategin och ger uppdrag till Länsledning Välfärd.",
        en: "The county's political steering group for welfare collaboration, where chairs of the municipalities' social and education committees meet members of the region's health and medical care committee. It adopts the welfare strategy and commissions Länsledning Välfärd.",
      },
      members: [
        "region-gavleborg",
        "bollnas-kommun",
        "gavle-kommun",
        "hofors-kommun",
        "hudiksvalls-kommun",
        "ljusdals-kommun",
        "nordanstigs-kommun",
        "ockelbo-kommun",
        "ovanakers-kommun",
        "sandvikens-kommun",
        "soderhamns-kommun",
      ],
    },
    {
      key: "lansledning-valfard",
      name: "Länsledning Välfärd",
      kind: "strategic_leadership",
      level: "strategic",
      parent: "natverk-valfard",
      description: {
        sv: "Strategisk samverkansledning på uppdrag av Nätverk Välfärd, med förvaltningschefer för socialtjänst och utbildning från kommunerna och hälso- och sjukvårdsledningen i regionen. Den tar fram de årliga handlingsplanerna och följer upp gemensamma samverkansfrågor.",
        en: "Strategic collaboration leadership acting on behalf of Nätverk Välfärd, made up of the municipalities' heads of social services and education and the region's health care management. It draws up the yearly action plans and follows up joint collaboration matters.",
      },
      members: [
        "region-gavleborg",
        "bollnas-kommun",
        "gavle-kommun",
        "hofors-kommun",
        "hudiksvalls-kommun",
        "ljusdals-kommun",
        "nordanstigs-kommun",
        "ockelbo-kommun",
        "ovanakers-kommun",
        "sandvikens-kommun",
        "soderhamns-kommun",
        "halsinglands-utbildningsforbund",
      ],
    },
    {
      key: "utskott-barn-och-unga",
      name: "Utskott barn och unga",
      kind: "committee",
      level: "strategic",
      parent: "lansledning-valfard",
      description: {
        sv: "Utskott under Länsledning Välfärd för frågor som rör barn och unga. Ledamöterna utses av länsledningen och utskottet följer en egen aktivitetsplan.",
        en: "Committee under Länsledning Välfärd for matters concerning children and young people. Its members are appointed by the county leadership and it works to its own activity plan.",
      },
    },
    {
      key: "utskott-vuxna",
      name: "Utskott vuxna",
      kind: "committee",
      level: "strategic",
      parent: "lansledning-valfard",
      description: {
        sv: "Utskott under Länsledning Välfärd för frågor som rör vuxna, till exempel funktionsnedsättning, missbruk och behov av vård och omsorg. Utskottet rapporterar sin aktivitetsplan till länsledningen.",
        en: "Committee under Länsledning Välfärd for matters concerning adults, such as disability, substance abuse and care needs. It reports on its activity plan to the county leadership.",
      },
    },
    {
      key: "utskott-psykisk-halsa",
      name: "Utskott psykisk hälsa",
      kind: "committee",
      level: "strategic",
      parent: "lansledning-valfard",
      description: {
        sv: "Utskott under Länsledning Välfärd för gemensamma frågor om psykisk hälsa. Ledamöterna utses av länsledningen.",
        en: "Committee under Länsledning Välfärd for joint matters of mental health. Its members are appointed by the county leadership.",
      },
    },
    {
      key: "beredningsorgan",
      name: "Beredningsorgan",
      kind: "preparation_body",
      level: "preparatory",
      parent: "lansledning-valfard",
      description: {
        sv: "Länsledningens beredning med företrädare för utbildning, socialtjänst och regionens hälso- och sjukvård samt samordnare från samverkanskansliet. Nya ärenden lämnas hit och bereds innan de förs till den nivå som ska hantera dem.",
        en: "The county leadership's preparation body, with representatives of education, social services and the region's health care plus coordinators from the coordination office. New matters are submitted here and prepared before being passed to the level that should handle them.",
      },
    },
    {
      key: "samverkanskansli",
      name: "Samverkanskansliet",
      kind: "coordination_office",
      level: "operational",
      parent: "lansledning-valfard",
      description: {
        sv: "Gemensamt kansli med samordnare och sekreterare för Länsledning Välfärd och Nätverk Välfärd, finansierat av regionen och kommunerna tillsammans. Kansliet tar fram underlag, bereder ärenden, kallar till möten och länkar samman nationell, regional och lokal nivå.",
        en: "A joint office of coordinators and a secretary serving Länsledning Välfärd and Nätverk Välfärd, funded jointly by the region and the municipalities. It produces background material, prepares matters, convenes meetings and links the national, regional and local levels.",
      },
    },
    {
      key: "styrgrupp-norra-halsingland",
      name: "Politisk styrgrupp Norra Hälsingland",
      kind: "county_part_steering_group",
      level: "political",
      parent: "natverk-valfard",
      countyPart: "norra-halsingland",
      description: {
        sv: "Politisk styrgrupp för välfärdssamverkan i länsdelen Norra Hälsingland.",
        en: "Political steering group for welfare collaboration in the Norra Hälsingland county part.",
      },
      members: ["hudiksvalls-kommun", "ljusdals-kommun", "nordanstigs-kommun"],
    },
    {
      key: "styrgrupp-sodra-halsingland",
      name: "Politisk styrgrupp Södra Hälsingland",
      kind: "county_part_steering_group",
      level: "political",
      parent: "natverk-valfard",
      countyPart: "sodra-halsingland",
      description: {
        sv: "Politisk styrgrupp för välfärdssamverkan i länsdelen Södra Hälsingland.",
        en: "Political steering group for welfare collaboration in the Södra Hälsingland county part.",
      },
      members: ["bollnas-kommun", "ovanakers-kommun", "soderhamns-kommun"],
    },
    {
      key: "styrgrupp-vastra-gastrikland",
      name: "Politisk styrgrupp Västra Gästrikland",
      kind: "county_part_steering_group",
      level: "political",
      parent: "natverk-valfard",
      countyPart: "vastra-gastrikland",
      description: {
        sv: "Politisk styrgrupp för välfärdssamverkan i länsdelen Västra Gästrikland.",
        en: "Political steering group for welfare collaboration in the Västra Gästrikland county part.",
      },
      members: ["hofors-kommun", "ockelbo-kommun", "sandvikens-kommun"],
    },
    {
      key: "styrgrupp-gavle",
      name: "Politisk styrgrupp Gävle",
      kind: "county_part_steering_group",
      level: "political",
      parent: "natverk-valfard",
      countyPart: "gavle",
      description: {
        sv: "Politisk styrgrupp för välfärdssamverkan i länsdelen Gävle.",
        en: "Political steering group for welfare collaboration in the Gävle county part.",
      },
      members: ["gavle-kommun"],
    },
  ],

  strategy: {
    key: "valfardsstrategi-2030",
    name: {
      sv: "Välfärdsstrategi för Gävleborg",
      en: "Welfare strategy for Gävleborg",
    },
    overallGoal: { sv: "Förbättrad folkhälsa", en: "Improved public health" },
    // Final version March 2022, adopted by Nätverk Välfärd May 2022; valid to 2030.
    fromYear: 2022,
    toYear: 2030,
    agenda2030Goals: [3, 4, 10],
    areas: [
      {
        key: "halsa",
        name: { sv: "Hälsa", en: "Health" },
        goals: [
          {
            number: 1,
            title: {
              sv: "Ett sammanhållet system för hälsofrämjande och förebyggande arbete i Gävleborg",
              en: "A coherent system for health-promoting and preventive work in Gävleborg",
            },
            focusAreas: [
              {
                code: "1.1",
                title: {
                  sv: "Analys av systemets delar i nuläget",
                  en: "Analysis of the system's current parts",
                },
              },
              {
                code: "1.2",
                title: {
                  sv: "Prioritering av aktiviteter för att förstärka systemet",
                  en: "Prioritising activities that strengthen the system",
                },
              },
            ],
          },
          {
            number: 2,
            title: {
              sv: "God och nära vård för alla i Gävleborg",
              en: "Good and close care for all in Gävleborg",
            },
            focusAreas: [
              {
                code: "2.1",
                title: {
                  sv: "Förbättrad kontinuitet inom vård och omsorg för våra invånare",
                  en: "Better continuity in health and social care for our residents",
                },
              },
              {
                code: "2.2",
                title: {
                  sv: "Förbättrad delaktighet inom vård och omsorg för våra invånare",
                  en: "Better participation in health and social care for our residents",
                },
              },
              {
                code: "2.3",
                title: {
                  sv: "En samordnad plan för individens samtliga vård- och omsorgsinsatser (SIP)",
                  en: "One coordinated plan for all of the individual's care interventions (SIP)",
                },
              },
              {
                code: "2.4",
                title: {
                  sv: "Utveckling av arbetskultur och värderingar inom vård och omsorg i länet",
                  en: "Developing work culture and values in health and social care in the county",
                },
              },
            ],
          },
        ],
      },
      {
        key: "utbildning",
        name: { sv: "Utbildning", en: "Education" },
        goals: [
          {
            number: 3,
            title: {
              sv: "Förstärkt samverkan för ett jämlikt och livslångt lärande för alla i Gävleborg",
              en: "Stronger collaboration for equal, lifelong learning for all in Gävleborg",
            },
            focusAreas: [
              {
                code: "3.1",
                title: {
                  sv: "Förstärkt samverkan för ett utbildningssystem med likvärdiga möjligheter till livslångt lärande",
                  en: "Stronger collaboration for an education system with equal opportunities for lifelong learning",
                },
              },
              {
                code: "3.2",
                title: {
                  sv: "Jämlika möjligheter att komma vidare i sitt yrkesliv genom hela livet",
                  en: "Equal chances to progress in working life throughout life",
                },
              },
            ],
          },
          {
            number: 4,
            title: {
              sv: "Jämlik tillgång till en bredd av förebilder och möjliga vägar i yrkeslivet för alla i Gävleborg",
              en: "Equal access to a range of role models and possible paths in working life for all in Gävleborg",
            },
            focusAreas: [
              {
                code: "4.1",
                title: {
                  sv: "Jämlik tillgång till information om olika vägar till yrken, oavsett bakgrund",
                  en: "Equal access to information on paths to different occupations, whatever one's background",
                },
              },
            ],
          },
        ],
      },
      {
        key: "jamlikhet",
        name: { sv: "Jämlikhet", en: "Equality" },
        goals: [
          {
            number: 5,
            title: {
              sv: "Ett jämlikt Gävleborg genom social, ekonomisk och politisk inkludering för alla",
              en: "An equal Gävleborg through social, economic and political inclusion for all",
            },
            // The source numbers these 5.1, 5.2, 5.3, 5.5 (there is no 5.4).
            focusAreas: [
              {
                code: "5.1",
                title: { sv: "Fler invånare i arbete", en: "More residents in work" },
              },
              {
                code: "5.2",
                title: { sv: "Socialt deltagande", en: "Social participation" },
              },
              {
                code: "5.3",
                title: { sv: "Ekonomisk inkludering", en: "Economic inclusion" },
              },
              {
                code: "5.5",
                title: { sv: "Valdeltagande", en: "Voter turnout" },
              },
            ],
          },
        ],
      },
    ],
  },
};
