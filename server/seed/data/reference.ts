// Reference data shared by all arenas: Agenda 2030 goals, the eight national
// public-health target areas, SKR's 22 indicators ("Strategi för hälsa") and
// SKR's four-step scale-up ladder. Used as tags on ideas, pilots and learnings.

import type { ReferenceSeed } from "./types.js";

export const reference: ReferenceSeed = {
  agenda2030Goals: [
    { number: 1, title: { sv: "Ingen fattigdom", en: "No poverty" } },
    { number: 2, title: { sv: "Ingen hunger", en: "Zero hunger" } },
    { number: 3, title: { sv: "Hälsa och välbefinnande", en: "Good health and well-being" } },
    { number: 4, title: { sv: "God utbildning för alla", en: "Quality education" } },
    { number: 5, title: { sv: "Jämställdhet", en: "Gender equality" } },
    { number: 6, title: { sv: "Rent vatten och sanitet för alla", en: "Clean water and sanitation" } },
    { number: 7, title: { sv: "Hållbar energi för alla", en: "Affordable and clean energy" } },
    {
      number: 8,
      title: {
        sv: "Anständiga arbetsvillkor och ekonomisk tillväxt",
        en: "Decent work and economic growth",
      },
    },
    {
      number: 9,
      title: {
        sv: "Hållbar industri, innovationer och infrastruktur",
        en: "Industry, innovation and infrastructure",
      },
    },
    { number: 10, title: { sv: "Minskad ojämlikhet", en: "Reduced inequalities" } },
    {
      number: 11,
      title: { sv: "Hållbara städer och samhällen", en: "Sustainable cities and communities" },
    },
    {
      number: 12,
      title: {
        sv: "Hållbar konsumtion och produktion",
        en: "Responsible consumption and production",
      },
    },
    { number: 13, title: { sv: "Bekämpa klimatförändringarna", en: "Climate action" } },
    { number: 14, title: { sv: "Hav och marina resurser", en: "Life below water" } },
    { number: 15, title: { sv: "Ekosystem och biologisk mångfald", en: "Life on land" } },
    {
      number: 16,
      title: {
        sv: "Fredliga och inkluderande samhällen",
        en: "Peace, justice and strong institutions",
      },
    },
    {
      number: 17,
      title: { sv: "Genomförande och globalt partnerskap", en: "Partnerships for the goals" },
    },
  ],

  publicHealthTargetAreas: [
    { number: 1, title: { sv: "Det tidiga livets villkor", en: "Conditions in early life" } },
    {
      number: 2,
      title: {
        sv: "Kunskaper, kompetenser och utbildning",
        en: "Knowledge, skills and education",
      },
    },
    {
      number: 3,
      title: {
        sv: "Arbete, arbetsförhållanden och arbetsmiljö",
        en: "Work, working conditions and working environment",
      },
    },
    {
      number: 4,
      title: {
        sv: "Inkomster och försörjningsmöjligheter",
        en: "Income and the means to support oneself",
      },
    },
    { number: 5, title: { sv: "Boende och närmiljö", en: "Housing and local environment" } },
    { number: 6, title: { sv: "Levnadsvanor", en: "Living habits" } },
    {
      number: 7,
      title: {
        sv: "Kontroll, inflytande och delaktighet",
        en: "Control, influence and participation",
      },
    },
    {
      number: 8,
      title: {
        sv: "En jämlik och hälsofrämjande hälso- och sjukvård",
        en: "Equitable and health-promoting health care",
      },
    },
  ],

  // Order and grouping as in SKR's presentation (003_*): 9 + 4 + 9 = 22.
  skrIndicators: [
    // God och jämlik hälsa
    {
      number: 1,
      group: "good_equal_health",
      title: {
        sv: "Färre små barn ska utsättas för tobaksrök i hemmet",
        en: "Fewer young children exposed to tobacco smoke at home",
      },
    },
    {
      number: 2,
      group: "good_equal_health",
      title: {
        sv: "Färre 3-åriga barn ska ha karies",
        en: "Fewer 3-year-olds with caries",
      },
    },
    {
      number: 3,
      group: "good_equal_health",
      title: {
        sv: "Fler elever i årskurs 9 ska vara behöriga till gymnasiet",
        en: "More year-9 pupils eligible for upper secondary school",
      },
    },
    {
      number: 4,
      group: "good_equal_health",
      title: {
        sv: "Fler gymnasieelever ska ta examen",
        en: "More upper secondary students graduate",
      },
    },
    {
      number: 5,
      group: "good_equal_health",
      title: {
        sv: "Fler barn som varit placerade ska som 20-åringar ha avslutat treårigt gymnasium",
        en: "More children who have been in out-of-home care have completed three-year upper secondary school by age 20",
      },
    },
    {
      number: 6,
      group: "good_equal_health",
      title: {
        sv: "Fler nyanlända i arbete eller studier 90 dagar efter etableringsuppdraget (öka med minst 7 procentenheter)",
        en: "More newly arrived migrants in work or studies 90 days after the establishment programme (increase by at least 7 percentage points)",
      },
    },
    {
      number: 7,
      group: "good_equal_health",
      title: {
        sv: "Minska andelen unga som varken studerar eller arbetar",
        en: "Reduce the share of young people neither studying nor working",
      },
    },
    {
      number: 8,
      group: "good_equal_health",
      title: {
        sv: "Minska andelen som är stillasittande mer än 7 timmar per dag",
        en: "Reduce the share who are sedentary more than 7 hours a day",
      },
    },
    {
      number: 9,
      group: "good_equal_health",
      title: {
        sv: "Minska antalet äldre som drabbas av fallskador",
        en: "Fewer older people suffering fall injuries",
      },
    },
    // Hållbart och uthålligt
    {
      number: 10,
      group: "sustainable",
      title: {
        sv: "Medellivslängden ska öka över tid, skillnader mellan olika grupper ska minska",
        en: "Life expectancy increases over time and differences between groups decrease",
      },
    },
    {
      number: 11,
      group: "sustainable",
      title: {
        sv: "Färre barn och unga ska leva i ekonomiskt utsatta hushåll",
        en: "Fewer children and young people living in economically vulnerable households",
      },
    },
    {
      number: 12,
      group: "sustainable",
      title: {
        sv: "Fler personer i åldrarna 16–84 år ska uppge att de upplever en god hälsa",
        en: "More people aged 16–84 report good health",
      },
    },
    {
      number: 13,
      group: "sustainable",
      title: {
        sv: "Fler personer i åldrarna 16–84 år ska uppge att de litar på andra människor",
        en: "More people aged 16–84 report that they trust other people",
      },
    },
    // God kvalitet
    {
      number: 14,
      group: "good_quality",
      title: {
        sv: "Fler elever ska känna sig trygga i skolan",
        en: "More pupils feel safe at school",
      },
    },
    {
      number: 15,
      group: "good_quality",
      title: {
        sv: "Fler elever ska känna att de får hjälp i skolan när de behöver det",
        en: "More pupils feel they get help at school when they need it",
      },
    },
    {
      number: 16,
      group: "good_quality",
      title: {
        sv: "Fler elever ska känna att skolarbetet gör dem så nyfikna att de får lust att lära sig mer",
        en: "More pupils feel that schoolwork makes them curious and eager to learn more",
      },
    },
    {
      number: 17,
      group: "good_quality",
      title: {
        sv: "Fler brukare i hemtjänsten och äldreomsorgen ska ha en positiv upplevelse kring bemötande, förtroende och trygghet",
        en: "More home-care and elderly-care users have a positive experience of treatment, trust and security",
      },
    },
    {
      number: 18,
      group: "good_quality",
      title: {
        sv: "Fler brukare i individ- och familjeomsorgen ska uppleva en förbättrad situation efter kontakt med socialtjänsten",
        en: "More users of individual and family care experience an improved situation after contact with social services",
      },
    },
    {
      number: 19,
      group: "good_quality",
      title: {
        sv: "Fler brukare inom funktionshinderområdet ska uppleva att de får bestämma om saker som är viktiga för dem i sin dagliga verksamhet",
        en: "More disability-service users feel they decide on things that matter to them in their daily activities",
      },
    },
    {
      number: 20,
      group: "good_quality",
      title: {
        sv: "Fler patienter ska uppleva bättre kvalitet vad avser kontinuitet och koordinering",
        en: "More patients experience better quality in continuity and coordination",
      },
    },
    {
      number: 21,
      group: "good_quality",
      title: {
        sv: "Fler patienter ska uppleva bättre kvalitet vad avser respekt och bemötande",
        en: "More patients experience better quality in respect and treatment",
      },
    },
    {
      number: 22,
      group: "good_quality",
      title: {
        sv: "Fler patienter ska uppleva bättre kvalitet vad avser emotionellt stöd",
        en: "More patients experience better quality in emotional support",
      },
    },
  ],

  scaleUpSteps: [
    {
      step: 1,
      title: { sv: "Planering pågår", en: "Planning under way" },
      description: {
        sv: "Ett nytt arbetssätt förbereds: behov, mål och upplägg tas fram innan något prövas i praktiken.",
        en: "A new way of working is being prepared: needs, aims and design are worked out before anything is tried in practice.",
      },
    },
    {
      step: 2,
      title: { sv: "Förändrade angreppssätt prövas", en: "Changed approaches are tested" },
      description: {
        sv: "Arbetssättet testas i liten skala, till exempel i en kommun eller verksamhet, och resultaten följs upp.",
        en: "The approach is tried out on a small scale, for example in one municipality or service, and its results are followed up.",
      },
    },
    {
      step: 3,
      title: {
        sv: "Förbättringar visas och införs i större skala",
        en: "Improvements shown, introduced at larger scale",
      },
      description: {
        sv: "Testerna har gett mätbara förbättringar och arbetssättet sprids till fler kommuner eller verksamheter.",
        en: "The tests have produced measurable improvements and the approach is spreading to more municipalities or services.",
      },
    },
    {
      step: 4,
      title: {
        sv: "Del av länets ordinarie samverkan",
        en: "Part of the county's ordinary collaboration",
      },
      description: {
        sv: "Arbetssättet har prövats brett och ingår nu i den vanliga samverkan mellan länets huvudmän, inte längre som projekt.",
        en: "The approach has been tried widely and is now part of the regular collaboration between the county's authorities, no longer a project.",
      },
    },
  ],
};
