import type { ScenarioInput } from "../scenario.schema.ts";

/**
 * Built-in scenario (c): a joint investigation team between three States into a migrant-smuggling
 * network. Calvenia and Dravonia draft the team agreement; Suleria then decides whether evidence the
 * team obtained may go to an unrelated tax case; everyone finally answers who leads the team where.
 * Traps: an agreement with no end date, the wrong team leader, evidence used beyond the team's purpose.
 * Every State, court, company, person and law in it is fictional.
 *
 * Timeline (scenario minutes): briefing 0, drafting 10 (agreement due at 60), use of evidence 70
 * (decision due at 105), debrief 115 (short answer due at 140), end 150.
 */

type Text = { en: string; es: string };
type Criterion = ScenarioInput["tasks"][number]["rubric"]["criteria"][number];

/** An "element" criterion: the agreement says something under a checklist element of UNTOC art. 19. */
function element(elementId: string, weight: number, legalSource: string, feedback: Text): Criterion {
  return { id: elementId.replace("jit.", "element-"), kind: "element", elementId, weight, legalSource, feedback };
}

/** The agreement as it reads: its title, then each clause under its heading. */
function agreement(title: string, clauses: readonly (readonly [string, string])[]): string {
  return [`**${title}**`, ...clauses.map(([heading, body]) => `### ${heading}\n\n${body}`)].join("\n\n");
}

const MODEL_AGREEMENT: Text = {
  en: agreement("JOINT INVESTIGATION TEAM AGREEMENT between the Republic of Calvenia, the Kingdom of Dravonia and the Republic of Suleria (Operation Lantern)", [
    [
      "1. Parties",
      "The Parties are the Republic of Calvenia, represented by the Port Sabel Prosecution Office; the Kingdom of Dravonia, represented by the investigating judge of the Velgrad Court, through its Ministry of Justice; and the Republic of Suleria, represented by the Organised Crime Prosecution Service. They act under UNTOC art. 19 and art. 20 of the Second Additional Protocol to the 1959 Convention.",
    ],
    [
      "2. Purpose",
      "The purpose of the team is to investigate the Voss network, suspected of the smuggling of migrants from Suleria across Dravonia to boats leaving Port Sabel in Calvenia, including the capsizing off Port Sabel on 14 March 2025 in which 14 people died, in connection with cases PS-2025-044, DR-IJ 25/117 and SU-OC 2025/09: to identify its members and money flows, gather evidence admissible in the three States and prepare coordinated arrests and searches.",
    ],
    [
      "3. Period",
      "The team is set up for a period of twelve months from the date of the last signature, that is until 30 June 2026. The Parties may extend it by written agreement, before it ends, for further periods of six months each.",
    ],
    [
      "4. States where the team operates",
      "The team operates in the territories of the three Parties: in Calvenia, in Dravonia and in Suleria. Each measure is carried out in the State where it has to be taken.",
    ],
    [
      "5. Team leader and applicable law",
      "The team leader is a representative of the Party in whose territory the team operates at the time, and the team acts under the law of that Party: in Calvenia, Prosecutor Lena Marek; in Dravonia, Judge Anselm Dorn; in Suleria, Prosecutor Nadia Ferro (Second Additional Protocol art. 20(3)(a)-(b)).",
    ],
    [
      "6. Members and seconded members",
      "Members from the State where the team operates act under their national law. Members from the other Parties are seconded members: they may be present when investigative measures are taken and, where the leader so decides and the law of that State allows, take measures themselves; they may ask their own authorities for measures the team needs without a separate request for mutual legal assistance. The members are listed in Annex 1.",
    ],
    [
      "7. Use of information and evidence",
      "Information and evidence lawfully obtained by members may be shared within the team. They may be used only for the purposes for which the team was set up. Any other use, including in other criminal, tax or administrative proceedings, requires the prior consent of the Party where the information was obtained or which provided it; that Party may refuse only on the grounds of art. 20(10)(b) of the Second Additional Protocol, and an immediate and serious threat to public security remains covered by art. 20(10)(c).",
    ],
    [
      "8. Data protection",
      "Personal data are processed only under this agreement and the data-protection law of the Party that processes them, kept secure, and erased when no longer needed; each Party gives the data received from the others the same protection as its own.",
    ],
    [
      "9. Costs and insurance",
      "Each Party bears the costs of its own members, including travel, insurance and interpretation; the costs of measures taken in a State are borne by that State, unless the Parties agree otherwise in writing.",
    ],
  ]),
  es: agreement("ACUERDO DE CONSTITUCIÓN DE UN EQUIPO CONJUNTO DE INVESTIGACIÓN entre la República de Calvenia, el Reino de Dravonia y la República de Suleria (Operación Linterna)", [
    [
      "1. Partes",
      "Son Partes la República de Calvenia, representada por la Fiscalía de Port Sabel; el Reino de Dravonia, representado por el juez de instrucción del Juzgado de Velgrad, por conducto de su Ministerio de Justicia; y la República de Suleria, representada por la Fiscalía contra la Delincuencia Organizada. Actúan en virtud del artículo 19 de la Convención contra la Delincuencia Organizada Transnacional y del artículo 20 del Segundo Protocolo Adicional al Convenio de 1959.",
    ],
    [
      "2. Objeto",
      "El objeto del equipo es investigar la red Voss, sospechosa de tráfico ilícito de migrantes desde Suleria, a través de Dravonia, hasta las embarcaciones que zarpan de Port Sabel (Calvenia), incluido el naufragio del 14 de marzo de 2025 frente a Port Sabel en el que murieron 14 personas, en relación con las causas PS-2025-044, DR-IJ 25/117 y SU-OC 2025/09: identificar a sus miembros y sus flujos financieros, obtener pruebas admisibles en los tres Estados y preparar detenciones y registros coordinados.",
    ],
    [
      "3. Duración",
      "El equipo se constituye por un período de doce meses a partir de la fecha de la última firma, es decir, hasta el 30 de junio de 2026. Las Partes podrán prorrogarlo por acuerdo escrito, antes de su vencimiento, por nuevos períodos de seis meses.",
    ],
    [
      "4. Estados en los que actúa el equipo",
      "El equipo actúa en el territorio de las tres Partes: en Calvenia, en Dravonia y en Suleria. Cada diligencia se practica en el Estado en el que deba llevarse a cabo.",
    ],
    [
      "5. Jefe del equipo y derecho aplicable",
      "El jefe del equipo es un representante de la Parte en cuyo territorio actúe el equipo en cada momento, y el equipo actúa conforme al derecho de esa Parte: en Calvenia, la fiscal Lena Marek; en Dravonia, el juez Anselm Dorn; en Suleria, la fiscal Nadia Ferro (Segundo Protocolo Adicional, art. 20(3)(a) y (b)).",
    ],
    [
      "6. Miembros y miembros destinados",
      "Los miembros del Estado en el que actúa el equipo se rigen por su derecho nacional. Los miembros de las demás Partes son miembros destinados: pueden estar presentes en las diligencias de investigación y, cuando el jefe del equipo lo decida y el derecho de ese Estado lo permita, practicar ellos mismos diligencias; pueden pedir a sus propias autoridades las medidas que el equipo necesite sin una solicitud de asistencia judicial separada. Los miembros figuran en el anexo 1.",
    ],
    [
      "7. Uso de la información y de las pruebas",
      "La información y las pruebas obtenidas lícitamente por los miembros pueden compartirse dentro del equipo. Solo podrán utilizarse para los fines para los que se creó el equipo. Cualquier otro uso, incluso en otros procedimientos penales, tributarios o administrativos, requiere el consentimiento previo de la Parte en la que se obtuvo la información o que la facilitó; esa Parte solo podrá denegarlo por los motivos del artículo 20(10)(b) del Segundo Protocolo Adicional, y una amenaza inmediata y grave para la seguridad pública sigue rigiéndose por el artículo 20(10)(c).",
    ],
    [
      "8. Protección de datos",
      "Los datos personales se tratan únicamente conforme al presente acuerdo y al derecho de protección de datos de la Parte que los trate, se conservan de forma segura y se suprimen cuando ya no sean necesarios; cada Parte da a los datos recibidos de las demás la misma protección que a los suyos.",
    ],
    [
      "9. Gastos y seguros",
      "Cada Parte sufraga los gastos de sus propios miembros, incluidos viajes, seguros e interpretación; los gastos de las diligencias practicadas en un Estado corren a cargo de ese Estado, salvo que las Partes acuerden otra cosa por escrito.",
    ],
  ]),
};

const MODEL_DECISION: Text = {
  en: "Decision of the Sulerian members of the joint investigation team on the request of the Tax Crimes Prosecutor (case SU-TX 2025/31): the Dravonian intercepts will not be used in the tax case unless Dravonia, which provided them, gives its prior consent; we are asking Dravonia for that consent today.\n\nThe intercepts of Milan Rusk's phone were obtained in Dravonia, on the order of Judge Dorn, and reached us only through the joint investigation team. Under clause 7 of the signed agreement and art. 20(10) of the Second Additional Protocol, information obtained through the team may be used only for the purposes for which the team was set up: the investigation of the smuggling of migrants by the Voss network. The VAT fraud of Meridia Freight Ltd is a different case with no link to the smuggling, so using the intercepts there would go beyond that purpose, whatever Sulerian procedure says about evidence in a file; passing them on informally as intelligence would be the same misuse. The team leader in Calvenia cannot authorise it either: consent belongs to the Party that provided the evidence. The rule does not bar every other use for good: with Dravonia's prior consent the intercepts may serve another criminal investigation, and Dravonia may refuse only if that use would endanger its own investigations or in a case where it could refuse mutual legal assistance (art. 20(10)(b)). We therefore ask Dravonia's central authority for its consent, describing the tax case and the passages needed, and tell the Tax Crimes Prosecutor that nothing may be used until Dravonia agrees.",
  es: "Decisión de los miembros sulerianos del equipo conjunto de investigación sobre la petición de la Fiscalía de Delitos Tributarios (causa SU-TX 2025/31): las escuchas dravonias no se utilizarán en la causa tributaria salvo que Dravonia, que las facilitó, dé su consentimiento previo; hoy mismo solicitamos ese consentimiento a Dravonia.\n\nLas escuchas del teléfono de Milan Rusk se obtuvieron en Dravonia, por orden del juez Dorn, y nos llegaron únicamente a través del equipo conjunto de investigación. Conforme a la cláusula 7 del acuerdo firmado y al artículo 20(10) del Segundo Protocolo Adicional, la información obtenida por medio del equipo solo puede utilizarse para los fines para los que se creó el equipo: la investigación del tráfico ilícito de migrantes de la red Voss. El fraude del IVA de Meridia Freight Ltd es una causa distinta, sin relación con ese tráfico, de modo que utilizar allí las escuchas excedería ese fin, diga lo que diga el procedimiento suleriano sobre las pruebas que obran en una causa; entregarlas de manera informal como información de inteligencia sería el mismo uso indebido. Tampoco puede autorizarlo la jefa del equipo en Calvenia: el consentimiento corresponde a la Parte que facilitó las pruebas. La regla no impide para siempre cualquier otro uso: con el consentimiento previo de Dravonia, las escuchas pueden servir a otra investigación penal, y Dravonia solo puede denegarlo si ese uso pusiera en peligro sus propias investigaciones o en un caso en que podría denegar la asistencia judicial (artículo 20(10)(b)). Por ello pedimos a la autoridad central de Dravonia su consentimiento, describiendo la causa tributaria y los pasajes necesarios, y comunicamos a la Fiscalía de Delitos Tributarios que nada podrá utilizarse hasta que Dravonia lo acepte.",
};

const MODEL_SHORT_ANSWER: Text = {
  en: "No. Under art. 20(3)(a)-(b) of the Second Additional Protocol, the leader of the team is a representative of the Party in whose territory the team operates, and the team carries out its operations under the law of that Party. During the searches in Port Sabel the team operates in Calvenia, so Prosecutor Lena Marek leads it and Calvenian law applies; at Transvel Logistics in Suleria, Prosecutor Nadia Ferro leads under Sulerian law. Judge Dorn takes part as a seconded member: he may be present and, if Prosecutor Marek allows it and Calvenian law permits, take measures, but he cannot direct the searches or apply Dravonian procedure there. His concern for admissibility in Velgrad is met another way: the team agrees in advance on the formalities Dravonia needs, and the evidence gathered may be used in Dravonia for the team's purposes.",
  es: "No. Conforme al artículo 20(3)(a) y (b) del Segundo Protocolo Adicional, el jefe del equipo es un representante de la Parte en cuyo territorio actúe el equipo, y el equipo actúa conforme al derecho de esa Parte. Durante los registros de Port Sabel el equipo actúa en Calvenia, de modo que lo dirige la fiscal Lena Marek y se aplica el derecho de Calvenia; en Transvel Logistics, en Suleria, lo dirige la fiscal Nadia Ferro conforme al derecho de Suleria. El juez Dorn participa como miembro destinado: puede estar presente y, si la fiscal Marek lo autoriza y el derecho de Calvenia lo permite, practicar diligencias, pero no puede dirigir los registros ni aplicar allí el procedimiento de Dravonia. Su preocupación por la admisibilidad en Velgrad se atiende de otro modo: el equipo acuerda de antemano las formalidades que Dravonia necesita, y las pruebas obtenidas pueden utilizarse en Dravonia para los fines del equipo.",
};

/** Saying where the leader comes from: the State where the team operates (2nd Additional Protocol art. 20(3)(a)). */
const LEADER_FROM_STATE_OF_OPERATION = {
  en: ["in whose territory", "where the team operates", "where the team is operating", "party in which the team operates", "state in which the team operates", "state of operation"],
  es: ["en cuyo territorio", "donde actue el equipo", "donde actua el equipo", "donde opere el equipo", "donde opera el equipo", "parte en la que actue", "estado en el que actue", "estado de actuacion"],
};

export const jitThreeStatesScenario: ScenarioInput = {
  format: "comity.scenario",
  formatVersion: 1,
  id: "jit-three-states",
  title: {
    en: "Operation Lantern: a joint investigation team between three States",
    es: "Operación Linterna: un equipo conjunto de investigación entre tres Estados",
  },
  summary: {
    en: "A boat capsizes off Port Sabel in Calvenia and 14 migrants die. Calvenia, Dravonia and Suleria each investigate part of the Voss smuggling network. Calvenia and Dravonia draft the agreement setting up a joint investigation team for the three States; Suleria then decides whether intercepts the team obtained from Dravonia may go to an unrelated tax case; finally, everyone says who leads the team on action day.",
    es: "Una embarcación naufraga frente a Port Sabel, en Calvenia, y mueren 14 migrantes. Calvenia, Dravonia y Suleria investigan cada una una parte de la red de tráfico de migrantes Voss. Calvenia y Dravonia redactan el acuerdo por el que se constituye un equipo conjunto de investigación entre los tres Estados; después, Suleria decide si las escuchas que el equipo obtuvo de Dravonia pueden pasar a una causa tributaria ajena; por último, todos dicen quién dirige el equipo el día de la operación.",
  },
  caseType: "jit",
  level: "advanced",
  durationMinutes: 150,
  mainLanguage: "en",
  languages: ["en", "es"],
  objectives: [
    {
      id: "set-up-team",
      text: {
        en: "Set up a joint investigation team by agreement between the States concerned, as the Convention encourages for cases under investigation in several States.",
        es: "Constituir un equipo conjunto de investigación mediante un acuerdo entre los Estados interesados, como alienta la Convención cuando un asunto se investiga en varios Estados.",
      },
      legalSource: "UNTOC art. 19",
    },
    {
      id: "agreement-contents",
      text: {
        en: "Draft an agreement that names the parties, a specific purpose, a limited period and how to extend it, and the States where the team operates.",
        es: "Redactar un acuerdo que indique las partes, un objeto concreto, una duración limitada y la forma de prorrogarla, y los Estados en los que actúa el equipo.",
      },
      legalSource: "2nd Additional Protocol art. 20(1)",
    },
    {
      id: "leader-and-law",
      text: {
        en: "Give the leadership of the team to a representative of the State where it operates, and apply that State's law.",
        es: "Atribuir la dirección del equipo a un representante del Estado en el que actúa y aplicar el derecho de ese Estado.",
      },
      legalSource: "2nd Additional Protocol art. 20(3)",
    },
    {
      id: "seconded-members",
      text: {
        en: "Know what seconded members may do in another State, and under whose instructions.",
        es: "Saber qué pueden hacer los miembros destinados en otro Estado y bajo las instrucciones de quién.",
      },
      legalSource: "2nd Additional Protocol art. 20(5)-(7)",
    },
    {
      id: "use-limitation",
      text: {
        en: "Use information and evidence obtained through the team only for its purposes, and for anything else ask the consent of the State that provided it.",
        es: "Utilizar la información y las pruebas obtenidas por medio del equipo solo para sus fines y, para cualquier otro uso, pedir el consentimiento del Estado que las facilitó.",
      },
      legalSource: "2nd Additional Protocol art. 20(10); UNTOC art. 18(19)",
    },
  ],
  states: [
    {
      id: "calvenia",
      name: { en: "Republic of Calvenia", es: "República de Calvenia" },
      deathPenalty: false,
      extraditesNationals: false,
      limitationYears: 15,
      offences: [
        { id: "smuggling-of-migrants", name: { en: "Smuggling of migrants endangering life (Penal Code art. 412)", es: "Tráfico ilícito de migrantes con peligro para la vida (Código Penal, art. 412)" }, maxPenaltyYears: 15 },
        { id: "criminal-organisation", name: { en: "Participation in a criminal organisation (Penal Code art. 385)", es: "Participación en una organización criminal (Código Penal, art. 385)" }, maxPenaltyYears: 8 },
      ],
      acceptedLanguages: ["es", "en"],
      centralAuthority: { en: "Office of the Prosecutor General of Calvenia, International Cooperation Unit", es: "Fiscalía General de Calvenia, Unidad de Cooperación Internacional" },
      notes: {
        en: "Party to UNTOC, its Protocol against the Smuggling of Migrants, the 1959 European Convention on Mutual Assistance in Criminal Matters and its Second Additional Protocol. The boats leave from Port Sabel.",
        es: "Parte en la Convención contra la Delincuencia Organizada Transnacional, en su Protocolo contra el tráfico ilícito de migrantes, en el Convenio Europeo de Asistencia Judicial en Materia Penal de 1959 y en su Segundo Protocolo Adicional. Las embarcaciones zarpan de Port Sabel.",
      },
    },
    {
      id: "dravonia",
      name: { en: "Kingdom of Dravonia", es: "Reino de Dravonia" },
      deathPenalty: false,
      extraditesNationals: true,
      limitationYears: 12,
      offences: [
        { id: "smuggling-of-migrants", name: { en: "Facilitating unlawful entry or transit for profit (Criminal Code s. 96)", es: "Facilitación de la entrada o el tránsito ilegales con ánimo de lucro (Código Penal, art. 96)" }, maxPenaltyYears: 10 },
      ],
      acceptedLanguages: ["en"],
      centralAuthority: { en: "Ministry of Justice of Dravonia, Department of International Legal Cooperation", es: "Ministerio de Justicia de Dravonia, Departamento de Cooperación Jurídica Internacional" },
      notes: {
        en: "Party to the same treaties. Code of Criminal Procedure s. 211: a joint investigation team may be set up only for a fixed period of at most 24 months, which may be extended. The trucks cross Dravonia.",
        es: "Parte en los mismos tratados. Código Procesal Penal, art. 211: solo puede constituirse un equipo conjunto de investigación por un plazo determinado de 24 meses como máximo, que puede prorrogarse. Los camiones atraviesan Dravonia.",
      },
    },
    {
      id: "suleria",
      name: { en: "Republic of Suleria", es: "República de Suleria" },
      deathPenalty: false,
      extraditesNationals: false,
      limitationYears: 10,
      offences: [
        { id: "smuggling-of-migrants", name: { en: "Smuggling of migrants (Penal Code art. 241)", es: "Tráfico ilícito de migrantes (Código Penal, art. 241)" }, maxPenaltyYears: 12 },
        { id: "vat-fraud", name: { en: "VAT fraud (Tax Code art. 88)", es: "Fraude del IVA (Código Tributario, art. 88)" }, maxPenaltyYears: 6 },
      ],
      acceptedLanguages: ["es", "en"],
      centralAuthority: { en: "Ministry of Justice of Suleria, Directorate of International Judicial Assistance", es: "Ministerio de Justicia de Suleria, Dirección de Asistencia Judicial Internacional" },
      notes: {
        en: "Party to the same treaties. Code of Criminal Procedure art. 54: evidence lawfully in a case file may be used in any proceedings, subject to the State's international obligations. The migrants are gathered in Suleria.",
        es: "Parte en los mismos tratados. Código Procesal Penal, art. 54: las pruebas que obren lícitamente en una causa pueden utilizarse en cualquier procedimiento, sin perjuicio de las obligaciones internacionales del Estado. Los migrantes se concentran en Suleria.",
      },
    },
  ],
  roles: [
    {
      id: "calvenia-prosecutor",
      stateId: "calvenia",
      name: { en: "Prosecutor of Port Sabel (Calvenia)", es: "Fiscal de Port Sabel (Calvenia)" },
      brief: {
        en: "You are Prosecutor Lena Marek. You lead case PS-2025-044 on the capsizing and proposed the joint team. You hold the pen on the agreement.",
        es: "Usted es la fiscal Lena Marek. Dirige la causa PS-2025-044 sobre el naufragio y propuso el equipo conjunto. Usted redacta el acuerdo.",
      },
    },
    {
      id: "calvenia-police",
      stateId: "calvenia",
      name: { en: "Border police inspector of Calvenia", es: "Inspector de la policía de fronteras de Calvenia" },
      brief: {
        en: "You are Inspector Rafael Ortun. You know the boats, the skippers and the port, and you will run the searches in Port Sabel.",
        es: "Usted es el inspector Rafael Ortun. Conoce las embarcaciones, los patrones y el puerto, y dirigirá sobre el terreno los registros de Port Sabel.",
      },
    },
    {
      id: "dravonia-judge",
      stateId: "dravonia",
      name: { en: "Investigating judge of Velgrad (Dravonia)", es: "Juez de instrucción de Velgrad (Dravonia)" },
      brief: {
        en: "You are Judge Anselm Dorn. In case DR-IJ 25/117 you ordered the interception of the phone of Milan Rusk, who organises the trucks. The intercepts are the team's best evidence.",
        es: "Usted es el juez Anselm Dorn. En la causa DR-IJ 25/117 ordenó intervenir el teléfono de Milan Rusk, que organiza los camiones. Las escuchas son la mejor prueba del equipo.",
      },
    },
    {
      id: "dravonia-central-authority",
      stateId: "dravonia",
      name: { en: "Central authority officer of Dravonia", es: "Funcionario de la autoridad central de Dravonia" },
      brief: {
        en: "You check that the agreement is one Dravonia can sign under its Code of Criminal Procedure, and you answer requests to use Dravonian evidence for other purposes.",
        es: "Usted comprueba que Dravonia pueda firmar el acuerdo conforme a su Código Procesal Penal y responde a las peticiones de uso de pruebas dravonias para otros fines.",
      },
    },
    {
      id: "suleria-prosecutor",
      stateId: "suleria",
      name: { en: "Organised crime prosecutor of Suleria", es: "Fiscal contra la delincuencia organizada de Suleria" },
      brief: {
        en: "You are Prosecutor Nadia Ferro. You lead case SU-OC 2025/09 against Adem Voss, who runs the network from Suleria, and you are Suleria's member of the team.",
        es: "Usted es la fiscal Nadia Ferro. Dirige la causa SU-OC 2025/09 contra Adem Voss, que dirige la red desde Suleria, y es la miembro suleriana del equipo.",
      },
    },
    {
      id: "suleria-police",
      stateId: "suleria",
      name: { en: "Police commissioner of Suleria", es: "Comisario de policía de Suleria" },
      brief: {
        en: "You are Commissioner Ilan Brask. Your unit follows Adem Voss and his haulage company, Transvel Logistics.",
        es: "Usted es el comisario Ilan Brask. Su unidad sigue a Adem Voss y a su empresa de transporte, Transvel Logistics.",
      },
    },
  ],
  teams: [
    { id: "calvenia", stateId: "calvenia", name: { en: "Calvenia (drafting, State of the capsizing)", es: "Calvenia (redacción, Estado del naufragio)" }, roleIds: ["calvenia-prosecutor", "calvenia-police"] },
    { id: "dravonia", stateId: "dravonia", name: { en: "Dravonia (drafting, State of the intercepts)", es: "Dravonia (redacción, Estado de las escuchas)" }, roleIds: ["dravonia-judge", "dravonia-central-authority"] },
    { id: "suleria", stateId: "suleria", name: { en: "Suleria (reviewing, State of the tax request)", es: "Suleria (revisión, Estado de la petición tributaria)" }, roleIds: ["suleria-prosecutor", "suleria-police"] },
  ],
  documents: [
    {
      id: "case-summary",
      audience: { kind: "everyone" },
      title: { en: "Operation Lantern: what the three States know", es: "Operación Linterna: lo que saben los tres Estados" },
      body: {
        en: [
          "## Operation Lantern",
          "**Calvenia, case PS-2025-044 (Prosecutor Lena Marek).** On 14 March 2025 an overloaded fishing boat capsized off Port Sabel; 14 people died and 31 were rescued. Survivors say they paid EUR 4,000 each in Suleria, crossed Dravonia hidden in trucks, and were put on the boat by a Calvenian skipper, Joran Kess.",
          "**Dravonia, case DR-IJ 25/117 (Judge Anselm Dorn).** Since January 2025 the phone of **Milan Rusk**, a Dravonian haulier, has been intercepted on the judge's order. Rusk arranges the trucks and speaks daily with **Adem Voss** in Suleria.",
          "**Suleria, case SU-OC 2025/09 (Prosecutor Nadia Ferro).** **Adem Voss**, a Sulerian national, is believed to run the network through his haulage company **Transvel Logistics**. Money goes from Suleria to Calvenia through money-transfer agents.",
          "### Why a team",
          "Each State holds one piece. The three prosecutors want a single team that shares evidence directly, avoids three sets of mutual legal assistance requests, and plans a coordinated action day with arrests and searches in the three States.",
        ].join("\n\n"),
        es: [
          "## Operación Linterna",
          "**Calvenia, causa PS-2025-044 (fiscal Lena Marek).** El 14 de marzo de 2025 un pesquero sobrecargado naufragó frente a Port Sabel; murieron 14 personas y 31 fueron rescatadas. Los supervivientes dicen que pagaron 4.000 EUR cada uno en Suleria, cruzaron Dravonia ocultos en camiones y fueron embarcados por un patrón calveniano, Joran Kess.",
          "**Dravonia, causa DR-IJ 25/117 (juez Anselm Dorn).** Desde enero de 2025 se intervienen, por orden del juez, las comunicaciones del teléfono de **Milan Rusk**, transportista dravonio. Rusk organiza los camiones y habla a diario con **Adem Voss**, en Suleria.",
          "**Suleria, causa SU-OC 2025/09 (fiscal Nadia Ferro).** Se cree que **Adem Voss**, de nacionalidad suleriana, dirige la red a través de su empresa de transporte **Transvel Logistics**. El dinero pasa de Suleria a Calvenia por medio de agentes de envío de dinero.",
          "### Por qué un equipo",
          "Cada Estado tiene una pieza. Los tres fiscales quieren un único equipo que comparta las pruebas directamente, evite tres series de solicitudes de asistencia judicial y prepare una jornada de actuación coordinada con detenciones y registros en los tres Estados.",
        ].join("\n\n"),
      },
    },
    {
      id: "legal-framework",
      audience: { kind: "everyone" },
      title: { en: "Legal framework for joint investigation teams (summary)", es: "Marco jurídico de los equipos conjuntos de investigación (resumen)" },
      body: {
        en: [
          "## What the treaties say, in short",
          "- **UNTOC art. 19:** States Parties shall consider agreements under which their competent authorities may set up joint investigative bodies for matters under investigation in one or more States.",
          "- **Second Additional Protocol, art. 20(1):** a team is set up by agreement, for a **specific purpose** and a **limited period**, which may be extended by mutual consent.",
          "- **Art. 20(3):** the leader is a representative of the competent authority of the Party **where the team operates**, and the team acts under the law of that Party.",
          "- **Art. 20(5)-(7):** seconded members may be present when measures are taken and, under the leader's decision and the law of that Party, take measures themselves; they may ask their own authorities for measures without a formal request.",
          "- **Art. 20(10):** information lawfully obtained by a member may be used (a) for the purposes for which the team was set up; (b) for other criminal investigations only with the **prior consent of the Party where it became available**, which may refuse only if the use would endanger its investigations or where it could refuse mutual legal assistance; (c) to prevent an immediate and serious threat to public security; (d) for other purposes if the Parties agree.",
          "### National law",
          "- **Dravonia**, Code of Criminal Procedure s. 211: a team only for a fixed period of at most 24 months, extendable.",
          "- **Suleria**, Code of Criminal Procedure art. 54: evidence lawfully in a case file may be used in any proceedings, subject to the State's international obligations.",
        ].join("\n\n"),
        es: [
          "## Lo que dicen los tratados, en resumen",
          "- **Convención contra la Delincuencia Organizada Transnacional, art. 19:** los Estados Parte considerarán celebrar acuerdos en virtud de los cuales sus autoridades competentes puedan establecer órganos mixtos de investigación para asuntos investigados en uno o más Estados.",
          "- **Segundo Protocolo Adicional, art. 20(1):** el equipo se crea por acuerdo, con un **fin determinado** y por un **período limitado**, que puede prorrogarse de común acuerdo.",
          "- **Art. 20(3):** el jefe del equipo es un representante de la autoridad competente de la Parte **en la que actúe el equipo**, y el equipo actúa conforme al derecho de esa Parte.",
          "- **Art. 20(5) a (7):** los miembros destinados pueden estar presentes en las diligencias y, por decisión del jefe y conforme al derecho de esa Parte, practicarlas ellos mismos; pueden pedir medidas a sus propias autoridades sin una solicitud formal.",
          "- **Art. 20(10):** la información obtenida lícitamente por un miembro puede utilizarse a) para los fines para los que se creó el equipo; b) para otras investigaciones penales solo con el **consentimiento previo de la Parte en la que se obtuvo**, que solo puede denegarlo si el uso pusiera en peligro sus investigaciones o si pudiera denegar la asistencia judicial; c) para prevenir una amenaza inmediata y grave para la seguridad pública; d) para otros fines si las Partes lo acuerdan.",
          "### Derecho interno",
          "- **Dravonia**, Código Procesal Penal, art. 211: un equipo solo por un plazo determinado de 24 meses como máximo, prorrogable.",
          "- **Suleria**, Código Procesal Penal, art. 54: las pruebas que obren lícitamente en una causa pueden utilizarse en cualquier procedimiento, sin perjuicio de las obligaciones internacionales del Estado.",
        ].join("\n\n"),
      },
    },
    {
      id: "drafting-note",
      audience: { kind: "teams", teamIds: ["calvenia", "dravonia"] },
      title: { en: "Note from Prosecutor Marek: points agreed at the coordination meeting", es: "Nota de la fiscal Marek: puntos acordados en la reunión de coordinación" },
      body: {
        en: [
          "## Coordination meeting, Port Sabel",
          "- Parties: Calvenia (Port Sabel Prosecution Office), Dravonia (Judge Dorn, through the Ministry of Justice), Suleria (Organised Crime Prosecution Service).",
          "- The team should work for **twelve months** from the last signature (until 30 June 2026), with extensions possible.",
          "- Action day is planned in about three weeks: searches in Port Sabel (Calvenia), at Rusk's depot in Velgrad (Dravonia) and at Transvel Logistics (Suleria).",
          "- Judge Dorn said at the meeting: \"The intercepts are Dravonian evidence. I want a clear clause on what the others may do with them.\"",
          "- Members: for Calvenia, Prosecutor Marek and Inspector Ortun; for Dravonia, Judge Dorn and two police officers; for Suleria, Prosecutor Ferro and Commissioner Brask.",
        ].join("\n\n"),
        es: [
          "## Reunión de coordinación, Port Sabel",
          "- Partes: Calvenia (Fiscalía de Port Sabel), Dravonia (juez Dorn, por conducto del Ministerio de Justicia), Suleria (Fiscalía contra la Delincuencia Organizada).",
          "- El equipo debería funcionar **doce meses** a partir de la última firma (hasta el 30 de junio de 2026), con posibilidad de prórroga.",
          "- La jornada de actuación está prevista dentro de unas tres semanas: registros en Port Sabel (Calvenia), en el depósito de Rusk en Velgrad (Dravonia) y en Transvel Logistics (Suleria).",
          "- El juez Dorn dijo en la reunión: «Las escuchas son pruebas dravonias. Quiero una cláusula clara sobre lo que los demás pueden hacer con ellas».",
          "- Miembros: por Calvenia, la fiscal Marek y el inspector Ortun; por Dravonia, el juez Dorn y dos agentes de policía; por Suleria, la fiscal Ferro y el comisario Brask.",
        ].join("\n\n"),
      },
    },
  ],
  phases: [
    { id: "briefing", title: { en: "Briefing and case files", es: "Presentación y expedientes" }, startsAtMinutes: 0 },
    { id: "drafting", title: { en: "Drafting the team agreement", es: "Redacción del acuerdo del equipo" }, startsAtMinutes: 10 },
    { id: "use-of-evidence", title: { en: "A request to use the team's evidence", es: "Una petición de uso de las pruebas del equipo" }, startsAtMinutes: 70 },
    { id: "debrief", title: { en: "Action day and debrief", es: "Jornada de actuación y balance" }, startsAtMinutes: 115 },
  ],
  injects: [
    {
      id: "next-boat",
      title: { en: "A new boat is being prepared", es: "Se prepara una nueva embarcación" },
      body: {
        en: "Calvenian border police report that Joran Kess has bought a second boat and that about 60 people are waiting in Suleria. The three States want the agreement signed this week so that action day can take place before the boat leaves.",
        es: "La policía de fronteras de Calvenia informa de que Joran Kess ha comprado una segunda embarcación y de que unas 60 personas esperan en Suleria. Los tres Estados quieren firmar el acuerdo esta semana para que la jornada de actuación se celebre antes de que zarpe la embarcación.",
      },
      release: { kind: "at", offsetMinutes: 30 },
      audience: { kind: "everyone" },
    },
    {
      id: "dravonia-cannot-sign",
      title: { en: "Dravonia cannot sign an open-ended team", es: "Dravonia no puede firmar un equipo sin plazo" },
      body: {
        en: "The Dravonian central authority writes: \"Under section 211 of our Code of Criminal Procedure, and art. 20(1) of the Second Additional Protocol, a team is set up for a limited period. Your draft has no end date. Please state the period and how it may be extended.\"",
        es: "La autoridad central de Dravonia escribe: «Conforme al artículo 211 de nuestro Código Procesal Penal y al artículo 20(1) del Segundo Protocolo Adicional, el equipo se crea por un período limitado. Su borrador no tiene fecha de finalización. Indiquen la duración y la forma de prorrogarla».",
      },
      release: { kind: "condition", taskId: "draft-agreement", when: { kind: "trap-fallen", trapId: "jit-no-end-date" } },
      audience: { kind: "teams", teamIds: ["calvenia", "dravonia"] },
    },
    {
      id: "tax-request",
      title: { en: "The Tax Crimes Prosecutor wants the intercepts", es: "La Fiscalía de Delitos Tributarios quiere las escuchas" },
      body: {
        en: [
          "The agreement was signed by the three Parties on 1 July 2025. Its clause 7 reads: \"Information and evidence may be used only for the purposes for which the team was set up. Any other use requires the prior consent of the Party where the information was obtained or which provided it.\"",
          "Today the Sulerian Tax Crimes Prosecutor writes to Prosecutor Ferro: \"In case SU-TX 2025/31 I am investigating VAT fraud by Meridia Freight Ltd, a company of Adem Voss's brother-in-law, through false invoices in 2023 and 2024. It has nothing to do with the smuggling. I understand that in the Dravonian intercepts of Milan Rusk's phone Voss talks about those invoices. They are now in your file: under art. 54 of our Code I can use them. Please send them to me.\"",
        ].join("\n\n"),
        es: [
          "Las tres Partes firmaron el acuerdo el 1 de julio de 2025. Su cláusula 7 dice: «La información y las pruebas solo podrán utilizarse para los fines para los que se creó el equipo. Cualquier otro uso requiere el consentimiento previo de la Parte en la que se obtuvo la información o que la facilitó».",
          "Hoy la Fiscalía de Delitos Tributarios de Suleria escribe a la fiscal Ferro: «En la causa SU-TX 2025/31 investigo un fraude del IVA de Meridia Freight Ltd, empresa del cuñado de Adem Voss, mediante facturas falsas en 2023 y 2024. No tiene nada que ver con el tráfico de migrantes. Tengo entendido que en las escuchas dravonias del teléfono de Milan Rusk Voss habla de esas facturas. Ya obran en su causa: conforme al artículo 54 de nuestro Código puedo utilizarlas. Le ruego que me las remita».",
        ].join("\n\n"),
      },
      release: { kind: "phase-start", phaseId: "use-of-evidence" },
      audience: { kind: "teams", teamIds: ["suleria"] },
    },
    {
      id: "press-call",
      title: { en: "A journalist calls about the capsizing", es: "Un periodista llama por el naufragio" },
      body: {
        en: "A reporter from the Port Sabel Herald calls Inspector Ortun: \"We hear Dravonia is listening to the smugglers' phones and that arrests are coming. Can you confirm?\" The agreement has no clause on the media yet.",
        es: "Un periodista del Heraldo de Port Sabel llama al inspector Ortun: «Nos dicen que Dravonia escucha los teléfonos de los traficantes y que habrá detenciones. ¿Puede confirmarlo?». El acuerdo aún no tiene ninguna cláusula sobre los medios de comunicación.",
      },
      release: { kind: "manual" },
      audience: { kind: "roles", roleIds: ["calvenia-police"] },
    },
    {
      id: "dravonia-protests",
      title: { en: "Dravonia protests", es: "Dravonia protesta" },
      body: {
        en: "Judge Dorn writes to Prosecutor Ferro: \"I learn that our intercepts have gone to a tax case in Suleria without anyone asking us. Clause 7 of our agreement and art. 20(10) of the Protocol require our prior consent. Please stop any use at once.\"",
        es: "El juez Dorn escribe a la fiscal Ferro: «Me entero de que nuestras escuchas han pasado a una causa tributaria en Suleria sin que nadie nos lo pidiera. La cláusula 7 de nuestro acuerdo y el artículo 20(10) del Protocolo exigen nuestro consentimiento previo. Le ruego que detenga de inmediato cualquier uso».",
      },
      release: { kind: "condition", taskId: "decide-on-tax-request", when: { kind: "decision-is", optionId: "use-directly" } },
      audience: { kind: "teams", teamIds: ["suleria"] },
    },
    {
      id: "leader-proposal",
      title: { en: "Judge Dorn wants to lead action day", es: "El juez Dorn quiere dirigir la jornada de actuación" },
      body: {
        en: "Action day is set for next Tuesday: searches in Port Sabel (Calvenia), at Rusk's depot in Velgrad (Dravonia) and at Transvel Logistics (Suleria). Judge Dorn proposes that, as the most experienced member and the one who provided the key intercepts, he lead the whole team that day in all three States, and that Dravonian procedure apply to every search so that the evidence is admissible in Velgrad.",
        es: "La jornada de actuación se fija para el martes próximo: registros en Port Sabel (Calvenia), en el depósito de Rusk en Velgrad (Dravonia) y en Transvel Logistics (Suleria). El juez Dorn propone que, por ser el miembro con más experiencia y el que aportó las escuchas clave, sea él quien dirija todo el equipo ese día en los tres Estados, y que todos los registros se practiquen conforme al procedimiento de Dravonia para que las pruebas sean admisibles en Velgrad.",
      },
      release: { kind: "phase-start", phaseId: "debrief" },
      audience: { kind: "everyone" },
    },
  ],
  deadlines: [
    { id: "agreement-due", label: { en: "Draft agreement sent to the other Parties", es: "Borrador del acuerdo enviado a las demás Partes" }, atMinutes: 60, legalSource: "UNTOC art. 19" },
    { id: "decision-due", label: { en: "Answer to the Tax Crimes Prosecutor", es: "Respuesta a la Fiscalía de Delitos Tributarios" }, atMinutes: 105, legalSource: "2nd Additional Protocol art. 20(10)" },
    { id: "answer-due", label: { en: "Answer on the team leader", es: "Respuesta sobre el jefe del equipo" }, atMinutes: 140, legalSource: "2nd Additional Protocol art. 20(3)" },
  ],
  traps: [
    {
      id: "evidence-use-beyond-purpose",
      name: { en: "Using the team's evidence beyond its purpose", es: "Usar las pruebas del equipo más allá de su fin" },
      explanation: {
        en: "The Sulerian tax prosecutor wants the Dravonian intercepts for an unrelated VAT case, and Sulerian law seems to allow it. But information obtained through a team may be used only for the purposes for which it was set up; any other use needs the prior consent of the State that provided it. An agreement that lets every Party use everything in any proceedings invites the same misuse.",
        es: "La Fiscalía de Delitos Tributarios de Suleria quiere las escuchas dravonias para una causa de IVA sin relación con el equipo, y el derecho suleriano parece permitirlo. Pero la información obtenida por medio de un equipo solo puede utilizarse para los fines para los que se creó; cualquier otro uso requiere el consentimiento previo del Estado que la facilitó. Un acuerdo que permite a todas las Partes utilizarlo todo en cualquier procedimiento invita al mismo abuso.",
      },
      legalSource: "2nd Additional Protocol art. 20(10); UNTOC art. 18(19)",
    },
    {
      id: "jit-no-end-date",
      name: { en: "A team with no end date", es: "Un equipo sin fecha de finalización" },
      explanation: {
        en: "A joint investigation team is set up for a limited period, which the parties may extend by agreement. \"For as long as the investigation requires\" is no period, and Dravonia's own law forbids it.",
        es: "Un equipo conjunto de investigación se crea por un período limitado, que las partes pueden prorrogar de común acuerdo. «Mientras lo requiera la investigación» no es un plazo, y el propio derecho de Dravonia lo prohíbe.",
      },
      legalSource: "2nd Additional Protocol art. 20(1)",
    },
    {
      id: "wrong-team-leader",
      name: { en: "The wrong team leader", es: "El jefe de equipo equivocado" },
      explanation: {
        en: "The leader is a representative of the State where the team operates at the time, and the team acts under that State's law. A Dravonian judge cannot lead the searches in Calvenia, nor bring Dravonian procedure with him.",
        es: "El jefe del equipo es un representante del Estado en el que el equipo actúa en cada momento, y el equipo actúa conforme al derecho de ese Estado. Un juez dravonio no puede dirigir los registros en Calvenia ni llevar consigo el procedimiento de Dravonia.",
      },
      legalSource: "2nd Additional Protocol art. 20(3)(a)-(b)",
    },
  ],
  tasks: [
    {
      id: "draft-agreement",
      kind: "jit-agreement",
      title: { en: "Draft the joint investigation team agreement", es: "Redactar el acuerdo del equipo conjunto de investigación" },
      instructions: {
        en: "Using the case summary and Prosecutor Marek's note, draft the agreement setting up the joint investigation team between Calvenia, Dravonia and Suleria. Fill in each clause. Send the draft to the other Parties before the deadline.",
        es: "A partir del resumen del caso y de la nota de la fiscal Marek, redacte el acuerdo por el que se constituye el equipo conjunto de investigación entre Calvenia, Dravonia y Suleria. Complete cada cláusula. Envíe el borrador a las demás Partes antes del plazo.",
      },
      assignedTo: { kind: "teams", teamIds: ["calvenia", "dravonia"] },
      phaseId: "drafting",
      deadlineId: "agreement-due",
      rubric: {
        passPercent: 70,
        criteria: [
          element("jit.parties", 1, "UNTOC art. 19", {
            en: "Name the three Parties and the authority that acts for each, and the legal basis (UNTOC art. 19; 2nd Additional Protocol art. 20).",
            es: "Indique las tres Partes, la autoridad que actúa por cada una y la base jurídica (Convención contra la Delincuencia Organizada, art. 19; Segundo Protocolo Adicional, art. 20).",
          }),
          element("jit.purpose", 2, "2nd Additional Protocol art. 20(1)", {
            en: "State the team's specific purpose: the network, the offence and the national cases it serves (2nd Additional Protocol art. 20(1)).",
            es: "Indique el fin concreto del equipo: la red, el delito y las causas nacionales a las que sirve (Segundo Protocolo Adicional, art. 20(1)).",
          }),
          element("jit.period", 2, "2nd Additional Protocol art. 20(1)", {
            en: "Set a limited period and say how it may be extended (2nd Additional Protocol art. 20(1)).",
            es: "Fije una duración limitada y la forma de prorrogarla (Segundo Protocolo Adicional, art. 20(1)).",
          }),
          element("jit.states", 1, "2nd Additional Protocol art. 20(1)", {
            en: "Say in which States the team operates (2nd Additional Protocol art. 20(1)).",
            es: "Indique en qué Estados actúa el equipo (Segundo Protocolo Adicional, art. 20(1)).",
          }),
          element("jit.leader", 2, "2nd Additional Protocol art. 20(3)(a)-(b)", {
            en: "The leader comes from the State where the team operates at the time, and that State's law applies (2nd Additional Protocol art. 20(3)(a)-(b)).",
            es: "El jefe procede del Estado en el que el equipo actúa en cada momento, y se aplica el derecho de ese Estado (Segundo Protocolo Adicional, art. 20(3)(a) y (b)).",
          }),
          element("jit.members", 1, "2nd Additional Protocol art. 20(3)-(7)", {
            en: "Say who the members and seconded members are and what seconded members may do (2nd Additional Protocol art. 20(3)-(7)).",
            es: "Indique quiénes son los miembros y los miembros destinados y qué pueden hacer estos (Segundo Protocolo Adicional, art. 20(3) a (7)).",
          }),
          element("jit.evidence", 2, "2nd Additional Protocol art. 20(10)", {
            en: "Say how information and evidence are shared and for what they may be used (2nd Additional Protocol art. 20(10)).",
            es: "Indique cómo se comparten la información y las pruebas y para qué pueden utilizarse (Segundo Protocolo Adicional, art. 20(10)).",
          }),
          element("jit.data-protection", 0.5, "2nd Additional Protocol art. 20(10)", {
            en: "Add a data-protection clause: the intercepts and the migrants' statements are personal data.",
            es: "Añada una cláusula de protección de datos: las escuchas y las declaraciones de los migrantes son datos personales.",
          }),
          element("jit.costs", 0.5, "UNTOC art. 19", {
            en: "Say who bears the costs and the insurance of the members.",
            es: "Indique quién sufraga los gastos y los seguros de los miembros.",
          }),
          {
            id: "key-facts",
            kind: "key-facts",
            weight: 2,
            legalSource: "2nd Additional Protocol art. 20(1)",
            feedback: {
              en: "Tie the purpose to the case: the smuggling of migrants by the Voss network, the capsizing off Port Sabel and the three national cases.",
              es: "Vincule el fin al caso: el tráfico ilícito de migrantes de la red Voss, el naufragio frente a Port Sabel y las tres causas nacionales.",
            },
            facts: [
              {
                id: "migrant-smuggling",
                terms: {
                  en: ["smuggling of migrants", "migrant smuggling", "migrant-smuggling", "smuggles migrants", "smuggling migrants"],
                  es: ["trafico ilicito de migrantes", "trafico de migrantes", "trafico ilegal de migrantes"],
                },
              },
              { id: "voss-network", terms: { en: ["Voss"], es: ["Voss"] } },
              { id: "capsizing", terms: { en: ["capsiz", "shipwreck", "14 people", "fourteen people"], es: ["naufragio", "naufrago", "14 personas", "catorce personas"] } },
              { id: "national-cases", terms: { en: ["PS-2025-044", "DR-IJ 25/117", "SU-OC 2025/09"], es: ["PS-2025-044", "DR-IJ 25/117", "SU-OC 2025/09"] } },
            ],
          },
          {
            id: "use-limited-to-purpose",
            kind: "trap-avoided",
            trapId: "evidence-use-beyond-purpose",
            weight: 2,
            legalSource: "2nd Additional Protocol art. 20(10)",
            feedback: {
              en: "Limit the use of information and evidence to the purposes for which the team was set up, and require the prior consent of the Party that provided it for any other use (2nd Additional Protocol art. 20(10)).",
              es: "Limite el uso de la información y las pruebas a los fines para los que se creó el equipo, y exija el consentimiento previo de la Parte que las facilitó para cualquier otro uso (Segundo Protocolo Adicional, art. 20(10)).",
            },
            // No signs: an agreement that never limits the use of evidence falls into the trap as surely as one
            // that lets every Party use everything.
            remedy: {
              en: ["purposes for which", "purpose for which", "limited to the purpose", "prior consent", "consent of the party", "consent of the state", "consent of the providing"],
              es: [
                "fines para los que",
                "fines para los cuales",
                "fin para el que",
                "finalidad para la que",
                "limitado a los fines",
                "limitada a los fines",
                "limitados a los fines",
                "limitadas a los fines",
                "consentimiento previo",
                "consentimiento de la parte",
                "consentimiento del estado",
              ],
            },
          },
          {
            id: "limited-period",
            kind: "trap-avoided",
            trapId: "jit-no-end-date",
            weight: 2,
            legalSource: "2nd Additional Protocol art. 20(1)",
            feedback: {
              en: "A team is set up for a limited period: give its length or end date and how it may be extended (2nd Additional Protocol art. 20(1); Dravonian Code s. 211).",
              es: "El equipo se crea por un período limitado: indique su duración o su fecha de finalización y la forma de prorrogarlo (Segundo Protocolo Adicional, art. 20(1); Código dravonio, art. 211).",
            },
            remedy: {
              en: ["for a period of", "months from", "for twelve months", "for 12 months", "until 30 june 2026", "expires on", "ends on", "ending on"],
              es: ["por un periodo de", "por un plazo de", "meses a partir", "meses contados", "durante doce meses", "durante 12 meses", "hasta el 30 de junio de 2026", "expira el", "vence el", "finaliza el", "termina el"],
            },
          },
          {
            id: "leader-from-state-of-operation",
            kind: "trap-avoided",
            trapId: "wrong-team-leader",
            weight: 1,
            legalSource: "2nd Additional Protocol art. 20(3)(a)-(b)",
            feedback: {
              en: "The team operates in three States: say that its leader is, each time, a representative of the State where it operates (2nd Additional Protocol art. 20(3)(a)).",
              es: "El equipo actúa en tres Estados: indique que su jefe es, en cada momento, un representante del Estado en el que actúa (Segundo Protocolo Adicional, art. 20(3)(a)).",
            },
            remedy: LEADER_FROM_STATE_OF_OPERATION,
          },
          {
            id: "sent-in-time",
            kind: "on-time",
            deadlineId: "agreement-due",
            weight: 1,
            legalSource: "UNTOC art. 19",
            feedback: {
              en: "Action day cannot be prepared without a signed agreement: send the draft before the deadline.",
              es: "Sin un acuerdo firmado no puede prepararse la jornada de actuación: envíe el borrador antes del plazo.",
            },
          },
        ],
      },
      modelAnswer: { text: MODEL_AGREEMENT },
    },
    {
      id: "decide-on-tax-request",
      kind: "decision",
      title: { en: "Answer the Tax Crimes Prosecutor", es: "Responder a la Fiscalía de Delitos Tributarios" },
      instructions: {
        en: "As Suleria's members of the team, decide what to do with the Tax Crimes Prosecutor's request for the Dravonian intercepts, and give your reasons as you would to him.",
        es: "Como miembros sulerianos del equipo, decidan qué hacer con la petición de la Fiscalía de Delitos Tributarios de recibir las escuchas dravonias, y expongan sus motivos como lo harían ante ella.",
      },
      assignedTo: { kind: "teams", teamIds: ["suleria"] },
      phaseId: "use-of-evidence",
      deadlineId: "decision-due",
      options: [
        {
          id: "use-directly",
          label: {
            en: "Send the intercepts: they are lawfully in Suleria's file and art. 54 of the Code allows their use in any proceedings",
            es: "Remitir las escuchas: obran lícitamente en la causa suleriana y el artículo 54 del Código permite utilizarlas en cualquier procedimiento",
          },
        },
        {
          id: "use-as-intelligence",
          label: {
            en: "Pass them on informally, as intelligence only, without telling Dravonia",
            es: "Entregarlas de manera informal, solo como información de inteligencia, sin informar a Dravonia",
          },
        },
        {
          id: "ask-team-leader",
          label: {
            en: "Ask Prosecutor Marek, the Calvenian team leader, to authorise the use",
            es: "Pedir a la fiscal Marek, jefa del equipo en Calvenia, que autorice el uso",
          },
        },
        {
          id: "refuse-for-good",
          label: {
            en: "Refuse for good: evidence obtained by a joint team can never be used outside it",
            es: "Denegar definitivamente: las pruebas obtenidas por un equipo conjunto nunca pueden utilizarse fuera de él",
          },
        },
        {
          id: "ask-consent",
          label: {
            en: "Do not use them in the tax case unless Dravonia, which provided them, consents; ask Dravonia for its prior consent",
            es: "No utilizarlas en la causa tributaria salvo que Dravonia, que las facilitó, lo consienta; solicitar a Dravonia su consentimiento previo",
          },
        },
      ],
      rubric: {
        passPercent: 70,
        criteria: [
          {
            id: "right-choice",
            kind: "decision",
            optionId: "ask-consent",
            weight: 4,
            legalSource: "2nd Additional Protocol art. 20(10)",
            feedback: {
              en: "The tax case is outside the team's purpose, and the intercepts came from Dravonia: they may not be used there without Dravonia's prior consent, which only Dravonia can give and which it may refuse only on limited grounds (2nd Additional Protocol art. 20(10)(b)).",
              es: "La causa tributaria queda fuera del fin del equipo y las escuchas proceden de Dravonia: no pueden utilizarse en ella sin el consentimiento previo de Dravonia, que solo Dravonia puede dar y que solo puede denegar por motivos tasados (Segundo Protocolo Adicional, art. 20(10)(b)).",
            },
          },
          {
            id: "ground-named",
            kind: "justification",
            weight: 2,
            legalSource: "2nd Additional Protocol art. 20(10)",
            feedback: {
              en: "Name the rule: information obtained through the team may be used only for the purposes for which it was set up (2nd Additional Protocol art. 20(10); clause 7 of the agreement).",
              es: "Cite la regla: la información obtenida por medio del equipo solo puede utilizarse para los fines para los que se creó (Segundo Protocolo Adicional, art. 20(10); cláusula 7 del acuerdo).",
            },
            ground: {
              en: ["20(10)", "purposes for which", "purpose for which", "use limitation", "limited to the purpose", "speciality", "specialty"],
              es: ["20(10)", "fines para los que", "fines para los cuales", "fin para el que", "limitacion de uso", "limitacion del uso", "especialidad"],
            },
          },
          {
            id: "no-use-without-consent",
            kind: "trap-avoided",
            trapId: "evidence-use-beyond-purpose",
            weight: 2,
            legalSource: "2nd Additional Protocol art. 20(10); UNTOC art. 18(19)",
            feedback: {
              en: "Evidence being in your file does not free it for any use: without the prior consent of the State that provided it, JIT evidence stays within the team's purpose (2nd Additional Protocol art. 20(10)).",
              es: "Que las pruebas obren en su causa no las libera para cualquier uso: sin el consentimiento previo del Estado que las facilitó, las pruebas del equipo quedan limitadas a su fin (Segundo Protocolo Adicional, art. 20(10)).",
            },
            // Affirmative phrases only: a correct answer says "nothing may be used without consent", so a sign
            // such as "without consent" would be met there too; the remedy is to ask for Dravonia's consent.
            signs: {
              en: ["lawfully in our file", "already in our file", "no consent is needed", "no need for consent", "no need to ask dravonia", "without telling dravonia", "may be used freely", "can be used freely"],
              es: ["obran licitamente en nuestra causa", "ya obran en nuestra causa", "no hace falta el consentimiento", "no es necesario el consentimiento", "no hace falta pedir", "sin informar a dravonia", "sin avisar a dravonia", "pueden utilizarse libremente"],
            },
            remedy: {
              en: ["prior consent", "consent of dravonia", "dravonia's consent", "ask dravonia", "asking dravonia", "unless dravonia"],
              es: ["consentimiento previo", "consentimiento de dravonia", "pedimos a dravonia", "pedir a dravonia", "solicitar a dravonia", "solicitamos a dravonia", "salvo que dravonia", "a menos que dravonia"],
            },
          },
          {
            id: "decided-in-time",
            kind: "on-time",
            deadlineId: "decision-due",
            weight: 1,
            legalSource: "2nd Additional Protocol art. 20(10)",
            feedback: {
              en: "Answer the Tax Crimes Prosecutor promptly, so that he does not use the intercepts while waiting.",
              es: "Responda con prontitud a la Fiscalía de Delitos Tributarios, para que no utilice las escuchas mientras espera.",
            },
          },
        ],
      },
      modelAnswer: { text: MODEL_DECISION, optionId: "ask-consent" },
    },
    {
      id: "team-leader-question",
      kind: "short-answer",
      title: { en: "Who leads the searches in Port Sabel?", es: "¿Quién dirige los registros de Port Sabel?" },
      instructions: {
        en: "Can the team accept Judge Dorn's proposal? Who leads the searches in Port Sabel on action day, and under which law? Answer in a few lines, citing your sources.",
        es: "¿Puede el equipo aceptar la propuesta del juez Dorn? ¿Quién dirige los registros de Port Sabel el día de la actuación y conforme a qué derecho? Responda en pocas líneas, citando sus fuentes.",
      },
      assignedTo: { kind: "everyone" },
      phaseId: "debrief",
      deadlineId: "answer-due",
      rubric: {
        passPercent: 60,
        criteria: [
          {
            id: "reasoning",
            kind: "key-facts",
            weight: 3,
            legalSource: "2nd Additional Protocol art. 20(3), (5)-(7)",
            feedback: {
              en: "In Port Sabel the team operates in Calvenia: Prosecutor Marek leads it under Calvenian law (art. 20(3)); Judge Dorn takes part as a seconded member (art. 20(5)-(7)).",
              es: "En Port Sabel el equipo actúa en Calvenia: lo dirige la fiscal Marek conforme al derecho de Calvenia (art. 20(3)); el juez Dorn participa como miembro destinado (art. 20(5) a (7)).",
            },
            facts: [
              { id: "calvenian-leader", terms: { en: ["Marek"], es: ["Marek"] } },
              { id: "calvenian-law", terms: { en: ["Calvenian law", "law of Calvenia"], es: ["derecho de Calvenia", "ley de Calvenia", "legislacion de Calvenia", "derecho calveniano"] } },
              { id: "article-20-3", terms: { en: ["20(3)"], es: ["20(3)"] } },
              { id: "seconded-member", terms: { en: ["seconded member"], es: ["miembro destinado", "miembros destinados", "miembro en comision de servicio"] } },
            ],
          },
          {
            id: "leader-rule",
            kind: "trap-avoided",
            trapId: "wrong-team-leader",
            weight: 2,
            legalSource: "2nd Additional Protocol art. 20(3)(a)-(b)",
            feedback: {
              en: "The leader is a representative of the State where the team operates, and its law applies there: a Dravonian judge cannot lead the searches in Calvenia (2nd Additional Protocol art. 20(3)(a)-(b)).",
              es: "El jefe es un representante del Estado en el que actúa el equipo, y allí se aplica su derecho: un juez dravonio no puede dirigir los registros en Calvenia (Segundo Protocolo Adicional, art. 20(3)(a) y (b)).",
            },
            remedy: LEADER_FROM_STATE_OF_OPERATION,
          },
          {
            id: "answered-in-time",
            kind: "on-time",
            deadlineId: "answer-due",
            weight: 1,
            legalSource: "2nd Additional Protocol art. 20(3)",
            feedback: {
              en: "Action day is next Tuesday: the team needs the answer before it.",
              es: "La jornada de actuación es el martes próximo: el equipo necesita la respuesta antes.",
            },
          },
        ],
      },
      modelAnswer: { text: MODEL_SHORT_ANSWER },
    },
  ],
};
