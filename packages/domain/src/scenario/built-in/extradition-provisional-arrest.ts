import type { ScenarioInput } from "../scenario.schema.ts";

/**
 * Built-in scenario (a): an urgent provisional arrest, then a formal extradition request with a
 * death-penalty assurance to give, then a decision on a person who turns out to be a national of the
 * requested State. Everything is fictional: Veloria, Aldoria and Marvessa, their laws and the people.
 *
 * Scenario time: during the urgent phase one scenario minute stands for about one hour; from the arrest
 * (minute 30) one scenario minute stands for one day of detention, so day 18 is minute 48 and day 40 is
 * minute 70. The texts say so to participants.
 */

const PA_MODEL_EN = `**Provisional arrest request: Dario KESTREL (urgent)**

**Requesting authority and channel.** The Office of the Attorney General of the Republic of Veloria, International Affairs Department, the central authority for extradition, sends this urgent request on behalf of the Santa Leda Regional Prosecution Office to the Federal Office of Justice of Aldoria, with an advance copy through INTERPOL Santa Leda to INTERPOL Brevannes.

**Person sought.** Dario KESTREL, born on 4 May 1984 in Santa Leda, a Velorian national who may also hold Aldorian nationality; 1.82 m, grey eyes, a scar on the back of the left hand; Velorian passport no. V0448213. He is staying at the Hotel Ardenne in Brevannes, room 512.

**Arrest warrant.** A warrant for his arrest was issued on 20 October 2025 by the investigating judge of the Santa Leda Regional Court (file SL-PEN 2025/118); it is in force, and a certified copy will accompany the formal request.

**Offence and penalty.** Aggravated trafficking in narcotic drugs by an organised criminal group: on 9 September 2025, at the port of Santa Leda, 640 kg of cocaine hidden in a container of frozen fish were imported on his instructions; he financed the shipment and directed the group. Velorian Penal Code art. 214(3) provides for death or life imprisonment.

**Formal request to follow.** The formal extradition request, with the warrant, the statement of the facts, the text of the law and a French translation, will follow through the central authority within 40 days of the arrest, as section 20 of the Aldorian Act requires; we aim to send it within 18 days. It will contain the assurance on the death penalty that section 9 of that Act requires.

**Urgency.** The request is urgent: Mr Kestrel has booked a flight from Brevannes to Marvessa, a State with which Veloria has no extradition relations, leaving tomorrow at 06:40, and two members of his group have already fled, so the risk of flight is serious.`;

const PA_MODEL_FR = `**Demande d'arrestation provisoire : Dario KESTREL (urgent)**

**Autorité requérante et voie de transmission.** Le Parquet général de la République de Vélorie, Département des affaires internationales, autorité centrale en matière d'extradition, adresse la présente demande urgente au nom du Parquet régional de Santa Leda à l'Office fédéral de la justice d'Aldorie, avec une copie anticipée par INTERPOL Santa Leda à INTERPOL Brevannes.

**Personne recherchée.** Dario KESTREL, né le 4 mai 1984 à Santa Leda, de nationalité vélorienne, qui pourrait aussi posséder la nationalité aldorienne ; 1,82 m, yeux gris, cicatrice sur le dos de la main gauche ; passeport vélorien n° V0448213. Il séjourne à l'hôtel Ardenne à Brevannes, chambre 512.

**Mandat d'arrêt.** Un mandat d'arrêt a été décerné contre lui le 20 octobre 2025 par le juge d'instruction du Tribunal régional de Santa Leda (dossier SL-PEN 2025/118) ; il est en vigueur et une copie certifiée conforme sera jointe à la demande formelle.

**Infraction et peine.** Trafic aggravé de stupéfiants en bande organisée : le 9 septembre 2025, au port de Santa Leda, 640 kg de cocaïne dissimulés dans un conteneur de poisson surgelé ont été importés sur ses instructions ; il a financé l'envoi et dirigé le groupe. L'article 214, paragraphe 3, du Code pénal vélorien prévoit la peine de mort ou la réclusion à perpétuité.

**Demande formelle à suivre.** La demande formelle d'extradition, avec le mandat, l'exposé des faits, le texte de la loi et une traduction française, suivra par l'autorité centrale dans les 40 jours suivant l'arrestation, comme l'exige l'article 20 de la loi aldorienne ; nous visons un envoi dans les 18 jours. Elle contiendra l'assurance relative à la peine de mort qu'exige l'article 9 de cette loi.

**Urgence.** La demande est urgente : M. Kestrel a réservé un vol de Brevannes vers Marvessa, État avec lequel la Vélorie n'entretient aucune relation d'extradition, au départ demain à 6 h 40, et deux membres de son groupe ont déjà pris la fuite ; le risque de fuite est donc sérieux.`;

const EXT_MODEL_EN = `**Request for the extradition of Dario KESTREL**

**Requesting authority and channel.** The Office of the Attorney General of the Republic of Veloria, the central authority for extradition, acting for the Santa Leda Regional Prosecution Office, requests through the Federal Office of Justice of Aldoria, the Aldorian central authority, the extradition of the person below, provisionally arrested in Brevannes at our request.

**Person sought.** Dario KESTREL, born on 4 May 1984 in Santa Leda, 1.82 m, grey eyes, a scar on the back of the left hand, Velorian passport no. V0448213; now held in Brevannes remand prison. He is a Velorian national, and we are aware that he may also hold Aldorian nationality.

**Arrest warrant.** A certified copy of the arrest warrant issued on 20 October 2025 by the investigating judge of the Santa Leda Regional Court, file SL-PEN 2025/118, is attached with a French translation; the warrant remains enforceable.

**Offence: time, place and conduct.** From March to 9 September 2025 Mr Kestrel led a group of at least five persons that imported cocaine into Veloria. On 9 September 2025, at the port of Santa Leda, customs found 640 kg of cocaine in a container of frozen fish shipped on his orders; intercepted calls and bank records show that he financed the shipment and paid the dock workers.

**Law and penalty.** Velorian Penal Code art. 214(1) punishes trafficking in narcotic drugs with 5 to 15 years' imprisonment; art. 214(3) raises the penalty to death or life imprisonment where more than 100 kg are involved and the offender leads an organised criminal group. The text of both provisions is attached.

**Dual criminality.** The conduct, importing a large quantity of cocaine as the leader of an organised group, is an offence in Aldoria under section 150 of the Aldorian Criminal Code (importing narcotic drugs in large quantity as a member of a gang), punishable by 5 to 20 years; it is punishable by more than one year in both States.

**Legal basis.** There is no extradition treaty between Veloria and Aldoria. The request is based on article 16 of the United Nations Convention against Transnational Organized Crime, to which both States are parties and which Aldoria takes as the legal basis for extradition under article 16(5)(a); the offence is a serious crime involving an organized criminal group. Should Aldoria refuse extradition because Mr Kestrel is its national, Veloria asks under article 16(10) that the case be submitted without undue delay to the competent Aldorian authorities for prosecution, and will send the evidence.

**Assurances.** The Government of Veloria gives the formal assurance that the death penalty will not be imposed on Mr Kestrel and that, should it nevertheless be imposed, it will not be carried out; under article 62 of the Velorian Code of Criminal Procedure this assurance binds the Velorian courts. Veloria also assures him fair treatment at every stage, as article 16(13) requires.

**Translation.** This request and every supporting document are accompanied by a certified French translation, French being one of the languages Aldoria accepts for extradition requests.`;

const EXT_MODEL_FR = `**Demande d'extradition de Dario KESTREL**

**Autorité requérante et voie de transmission.** Le Parquet général de la République de Vélorie, autorité centrale en matière d'extradition, agissant pour le Parquet régional de Santa Leda, demande par l'intermédiaire de l'Office fédéral de la justice d'Aldorie, autorité centrale aldorienne, l'extradition de la personne désignée ci-dessous, arrêtée provisoirement à Brevannes à notre demande.

**Personne recherchée.** Dario KESTREL, né le 4 mai 1984 à Santa Leda, 1,82 m, yeux gris, cicatrice sur le dos de la main gauche, passeport vélorien n° V0448213 ; actuellement détenu à la maison d'arrêt de Brevannes. Il a la nationalité vélorienne et nous savons qu'il pourrait aussi posséder la nationalité aldorienne.

**Mandat d'arrêt.** Une copie certifiée conforme du mandat d'arrêt décerné le 20 octobre 2025 par le juge d'instruction du Tribunal régional de Santa Leda, dossier SL-PEN 2025/118, est jointe avec sa traduction française ; le mandat reste exécutoire.

**Infraction : date, lieu et agissements.** De mars au 9 septembre 2025, M. Kestrel a dirigé un groupe d'au moins cinq personnes qui importait de la cocaïne en Vélorie. Le 9 septembre 2025, au port de Santa Leda, les douanes ont découvert 640 kg de cocaïne dans un conteneur de poisson surgelé expédié sur ses ordres ; des écoutes téléphoniques et des relevés bancaires établissent qu'il a financé l'envoi et payé les dockers.

**Loi applicable et peine.** L'article 214, paragraphe 1, du Code pénal vélorien punit le trafic de stupéfiants de 5 à 15 ans d'emprisonnement ; le paragraphe 3 porte la peine à la mort ou à la réclusion à perpétuité lorsque plus de 100 kg sont en cause et que l'auteur dirige un groupe criminel organisé. Le texte des deux dispositions est joint.

**Double incrimination.** Les agissements, à savoir importer une grande quantité de cocaïne en dirigeant un groupe organisé, constituent en Aldorie l'infraction prévue à l'article 150 du Code pénal aldorien (importation de stupéfiants en grande quantité en bande), punie de 5 à 20 ans ; ils sont punissables de plus d'un an dans les deux États.

**Base juridique.** Il n'existe pas de traité d'extradition entre la Vélorie et l'Aldorie. La demande est fondée sur l'article 16 de la Convention des Nations Unies contre la criminalité transnationale organisée, à laquelle les deux États sont parties et que l'Aldorie considère comme la base légale de l'extradition au titre de l'article 16, paragraphe 5, alinéa a) ; l'infraction est une infraction grave impliquant un groupe criminel organisé. Si l'Aldorie refusait l'extradition parce que M. Kestrel est son ressortissant, la Vélorie demande, au titre de l'article 16(10), que l'affaire soit soumise sans retard excessif aux autorités aldoriennes compétentes aux fins de poursuites, et transmettra les preuves.

**Assurances.** Le Gouvernement de la Vélorie donne l'assurance formelle que la peine de mort ne sera pas prononcée contre M. Kestrel et que, si elle l'était néanmoins, elle ne sera pas exécutée ; en vertu de l'article 62 du Code de procédure pénale vélorien, cette assurance lie les juridictions véloriennes. La Vélorie lui garantit aussi un traitement équitable à tous les stades de la procédure, comme l'exige l'article 16(13).

**Traduction.** La présente demande et toutes les pièces à l'appui sont accompagnées d'une traduction française certifiée, le français étant l'une des langues que l'Aldorie accepte pour les demandes d'extradition.`;

const DECISION_MODEL_EN = `**Decision: refuse extradition on the ground of nationality and submit the case for prosecution in Aldoria**

Mr Kestrel is an Aldorian national: the civil registry confirms his naturalisation in 2016, and under section 7(3) of the Act his Velorian nationality does not change that. Section 7(1) bars his extradition, and section 7(4) rules out surrender on condition of return, so a conditional surrender under article 16(11) is not available. Because Aldoria refuses solely on the ground of nationality and Veloria has asked for it, article 16(10) of the Convention and section 7(2) of the Act oblige Aldoria to submit the case without undue delay to the Federal Prosecutor for the purpose of prosecution. Aldorian courts have jurisdiction under section 6 of the Criminal Code, and the conduct is an offence under section 150. We will ask Veloria for the evidence, cooperate with it on procedural and evidentiary matters, and inform it of the outcome. The question of the death penalty does not arise in Aldorian proceedings.`;

const DECISION_MODEL_FR = `**Décision : refuser l'extradition en raison de la nationalité et soumettre l'affaire aux fins de poursuites en Aldorie**

M. Kestrel est ressortissant aldorien : l'état civil confirme sa naturalisation en 2016 et, selon l'article 7, paragraphe 3, de la loi, sa nationalité vélorienne n'y change rien. L'article 7, paragraphe 1, interdit son extradition et l'article 7, paragraphe 4, exclut toute remise sous condition de retour ; une remise conditionnelle au titre de l'article 16(11) n'est donc pas possible. Puisque l'Aldorie refuse au seul motif de la nationalité et que la Vélorie l'a demandé, l'article 16(10) de la Convention et l'article 7, paragraphe 2, de la loi obligent l'Aldorie à soumettre le dossier sans retard excessif au Procureur fédéral aux fins de poursuites. Les juridictions aldoriennes sont compétentes en vertu de l'article 6 du Code pénal, et les agissements constituent l'infraction prévue à l'article 150. Nous demanderons les preuves à la Vélorie, coopérerons avec elle sur les questions de procédure et de preuve et l'informerons de l'issue de la procédure. La question de la peine de mort ne se pose pas dans une procédure aldorienne.`;

export const extraditionProvisionalArrestScenario: ScenarioInput = {
  format: "comity.scenario",
  formatVersion: 1,
  id: "extradition-provisional-arrest",
  title: {
    en: "The Kestrel case: provisional arrest, a death-penalty assurance and a national who cannot be surrendered",
    fr: "L'affaire Kestrel : arrestation provisoire, assurance sur la peine de mort et un ressortissant qui ne peut être remis",
  },
  summary: {
    en: "Veloria wants Dario Kestrel, the suspected head of a cocaine-importing group, who is about to leave Aldoria. The requesting team must obtain his provisional arrest before he flies, then send a complete extradition request before the detention deadline, with the assurance Aldoria requires because the offence carries the death penalty in Veloria. The requested team must then decide what to do once it learns that he is an Aldorian national. In this exercise one scenario minute stands for about one hour until the arrest, then for one day of detention.",
    fr: "La Vélorie recherche Dario Kestrel, chef présumé d'un réseau d'importation de cocaïne, qui s'apprête à quitter l'Aldorie. L'équipe requérante doit obtenir son arrestation provisoire avant son départ, puis transmettre une demande d'extradition complète avant l'expiration du délai de détention, avec l'assurance qu'exige l'Aldorie puisque l'infraction est passible de la peine de mort en Vélorie. L'équipe requise doit ensuite décider de la suite à donner lorsqu'elle apprend qu'il est ressortissant aldorien. Dans cet exercice, une minute de scénario représente environ une heure jusqu'à l'arrestation, puis un jour de détention.",
  },
  caseType: "extradition",
  level: "intermediate",
  durationMinutes: 180,
  mainLanguage: "en",
  languages: ["en", "fr"],
  objectives: [
    {
      id: "provisional-arrest",
      text: {
        en: "Draft an urgent provisional-arrest request that gives the requested State everything it needs to hold the person until the formal request arrives.",
        fr: "Rédiger une demande urgente d'arrestation provisoire qui donne à l'État requis tout ce dont il a besoin pour retenir la personne jusqu'à l'arrivée de la demande formelle.",
      },
      legalSource: "UNTOC art. 16(9)",
    },
    {
      id: "detention-deadline",
      text: {
        en: "Plan and meet the deadline for the formal request after a provisional arrest (release possible after 18 days, required after 40).",
        fr: "Planifier et respecter le délai de la demande formelle après une arrestation provisoire (mise en liberté possible après 18 jours, obligatoire après 40).",
      },
      legalSource: "European Convention on Extradition art. 16(4)",
    },
    {
      id: "death-penalty-assurance",
      text: {
        en: "Anticipate the conditions of the requested State's law, in particular an assurance that the death penalty will not be imposed or carried out.",
        fr: "Anticiper les conditions posées par le droit de l'État requis, en particulier l'assurance que la peine de mort ne sera ni prononcée ni exécutée.",
      },
      legalSource: "UNTOC art. 16(7)",
    },
    {
      id: "dual-criminality",
      text: {
        en: "Show dual criminality by describing the conduct, not by matching the names of offences.",
        fr: "Établir la double incrimination en décrivant les agissements, et non en comparant les qualifications.",
      },
      legalSource: "UNTOC art. 16(1)",
    },
    {
      id: "extradite-or-prosecute",
      text: {
        en: "When extradition of a national is barred, submit the case for prosecution instead of simply refusing, and know when conditional surrender is available.",
        fr: "Lorsque l'extradition d'un ressortissant est exclue, soumettre l'affaire aux fins de poursuites au lieu de simplement refuser, et savoir quand la remise conditionnelle est possible.",
      },
      legalSource: "UNTOC art. 16(10)",
    },
  ],
  states: [
    {
      id: "veloria",
      name: { en: "Republic of Veloria", fr: "République de Vélorie" },
      deathPenalty: true,
      extraditesNationals: true,
      limitationYears: 30,
      offences: [
        { id: "aggravated-drug-trafficking", name: { en: "Aggravated trafficking in narcotic drugs by an organised criminal group (Penal Code art. 214(3))", fr: "Trafic aggravé de stupéfiants en bande organisée (Code pénal, art. 214, par. 3)" } },
        { id: "drug-trafficking", name: { en: "Trafficking in narcotic drugs (Penal Code art. 214(1))", fr: "Trafic de stupéfiants (Code pénal, art. 214, par. 1)" }, maxPenaltyYears: 15 },
      ],
      acceptedLanguages: ["es", "en"],
      centralAuthority: {
        en: "Office of the Attorney General of Veloria, International Affairs Department",
        fr: "Parquet général de Vélorie, Département des affaires internationales",
      },
      notes: {
        en: "The death penalty applies to aggravated drug trafficking (more than 100 kg, offender leading an organised group). Under art. 62 of the Code of Criminal Procedure, an assurance given by the Government to a foreign State that the death penalty will not be imposed or carried out binds the Velorian courts. Veloria is a party to UNTOC and has no extradition treaty with Aldoria.",
        fr: "La peine de mort s'applique au trafic aggravé de stupéfiants (plus de 100 kg, auteur à la tête d'un groupe organisé). Selon l'art. 62 du Code de procédure pénale, l'assurance donnée par le Gouvernement à un État étranger que la peine de mort ne sera ni prononcée ni exécutée lie les juridictions véloriennes. La Vélorie est partie à la CTO et n'a pas de traité d'extradition avec l'Aldorie.",
      },
    },
    {
      id: "aldoria",
      name: { en: "Federal Republic of Aldoria", fr: "République fédérale d'Aldorie" },
      deathPenalty: false,
      extraditesNationals: false,
      limitationYears: 20,
      offences: [
        { id: "gang-drug-importation", name: { en: "Importing narcotic drugs in large quantity as a member of a gang (Criminal Code s. 150)", fr: "Importation de stupéfiants en grande quantité en bande (Code pénal, art. 150)" }, maxPenaltyYears: 20 },
      ],
      acceptedLanguages: ["fr", "de"],
      centralAuthority: {
        en: "Federal Office of Justice of Aldoria, International Cooperation Division",
        fr: "Office fédéral de la justice d'Aldorie, Division de la coopération internationale",
      },
      notes: {
        en: "No death penalty. The Constitution and s. 7 of the International Cooperation in Criminal Matters Act bar the extradition of Aldorian nationals; the Act provides no surrender on condition of return. Aldoria takes UNTOC as the legal basis for extradition (art. 16(5)(a)). Requests in French or German; an urgent provisional-arrest request may be sent in English through INTERPOL.",
        fr: "Pas de peine de mort. La Constitution et l'art. 7 de la loi sur la coopération internationale en matière pénale interdisent l'extradition des ressortissants aldoriens ; la loi ne prévoit aucune remise sous condition de retour. L'Aldorie considère la CTO comme base légale de l'extradition (art. 16, par. 5, al. a)). Demandes en français ou en allemand ; une demande urgente d'arrestation provisoire peut être envoyée en anglais par INTERPOL.",
      },
    },
    {
      id: "marvessa",
      name: { en: "Principality of Marvessa", fr: "Principauté de Marvessa" },
      deathPenalty: false,
      extraditesNationals: false,
      offences: [],
      acceptedLanguages: ["en"],
      centralAuthority: { en: "Princely Chancellery of Justice of Marvessa", fr: "Chancellerie princière de la justice de Marvessa" },
      notes: {
        en: "Not a party to UNTOC and without any extradition treaty with Veloria: a safe haven for Mr Kestrel if he reaches it.",
        fr: "Non partie à la CTO et sans traité d'extradition avec la Vélorie : un refuge pour M. Kestrel s'il y parvient.",
      },
    },
  ],
  roles: [
    {
      id: "velorian-prosecutor",
      stateId: "veloria",
      name: { en: "Prosecutor, Santa Leda Regional Prosecution Office", fr: "Procureur, Parquet régional de Santa Leda" },
      brief: {
        en: "You lead the Kestrel investigation. You know the facts and the evidence, and you must give the central authority what it needs, fast.",
        fr: "Vous dirigez l'enquête Kestrel. Vous connaissez les faits et les preuves et devez fournir rapidement à l'autorité centrale ce dont elle a besoin.",
      },
    },
    {
      id: "velorian-central-authority",
      stateId: "veloria",
      name: { en: "Officer, central authority of Veloria", fr: "Agent de l'autorité centrale de Vélorie" },
      brief: {
        en: "You send Veloria's requests abroad. You know what requested States ask for, and you can obtain the Government's assurances.",
        fr: "Vous transmettez les demandes de la Vélorie à l'étranger. Vous savez ce qu'exigent les États requis et pouvez obtenir les assurances du Gouvernement.",
      },
    },
    {
      id: "aldorian-central-authority",
      stateId: "aldoria",
      name: { en: "Officer, Federal Office of Justice of Aldoria", fr: "Agent de l'Office fédéral de la justice d'Aldorie" },
      brief: {
        en: "You receive requests, check them against the Act and prepare the Government's decision on extradition.",
        fr: "Vous recevez les demandes, les examinez au regard de la loi et préparez la décision du Gouvernement sur l'extradition.",
      },
    },
    {
      id: "aldorian-judge",
      stateId: "aldoria",
      name: { en: "Judge, Extradition Chamber of the Brevannes Court of Appeal", fr: "Juge, Chambre de l'extradition de la Cour d'appel de Brevannes" },
      brief: {
        en: "You rule on the provisional arrest, on detention pending extradition and on the lawfulness of surrender.",
        fr: "Vous statuez sur l'arrestation provisoire, sur la détention extraditionnelle et sur la légalité de la remise.",
      },
    },
  ],
  teams: [
    { id: "requesting", stateId: "veloria", name: { en: "Requesting State: Veloria", fr: "État requérant : Vélorie" }, roleIds: ["velorian-prosecutor", "velorian-central-authority"] },
    { id: "requested", stateId: "aldoria", name: { en: "Requested State: Aldoria", fr: "État requis : Aldorie" }, roleIds: ["aldorian-central-authority", "aldorian-judge"] },
  ],
  documents: [
    {
      id: "case-summary",
      title: { en: "Case summary", fr: "Résumé de l'affaire" },
      audience: { kind: "everyone" },
      body: {
        en: `# The Kestrel case

- **9 September 2025, port of Santa Leda (Veloria).** Customs open a container of frozen fish and find **640 kg of cocaine**. Intercepted calls and bank records point to **Dario Kestrel** as the man who financed the shipment, paid the dock workers and directed a group of at least five people from March 2025.
- **20 October 2025.** The investigating judge of the Santa Leda Regional Court issues a warrant for his arrest (file SL-PEN 2025/118). Two members of the group have already left Veloria.
- **Today, 10:00 (scenario minute 0).** INTERPOL Brevannes reports that Mr Kestrel is staying at the **Hotel Ardenne in Brevannes**, the capital of Aldoria, under his own name.

**Scenario time.** Until the arrest, one scenario minute stands for about one hour. From the arrest (minute 30), one scenario minute stands for one day of detention: day 18 is minute 48, day 40 is minute 70.`,
        fr: `# L'affaire Kestrel

- **9 septembre 2025, port de Santa Leda (Vélorie).** Les douanes ouvrent un conteneur de poisson surgelé et découvrent **640 kg de cocaïne**. Des écoutes téléphoniques et des relevés bancaires désignent **Dario Kestrel** comme celui qui a financé l'envoi, payé les dockers et dirigé depuis mars 2025 un groupe d'au moins cinq personnes.
- **20 octobre 2025.** Le juge d'instruction du Tribunal régional de Santa Leda décerne un mandat d'arrêt contre lui (dossier SL-PEN 2025/118). Deux membres du groupe ont déjà quitté la Vélorie.
- **Aujourd'hui, 10 h (minute 0 du scénario).** INTERPOL Brevannes signale que M. Kestrel séjourne sous son propre nom à l'**hôtel Ardenne, à Brevannes**, capitale de l'Aldorie.

**Temps du scénario.** Jusqu'à l'arrestation, une minute de scénario représente environ une heure. À partir de l'arrestation (minute 30), une minute de scénario représente un jour de détention : le 18e jour correspond à la minute 48, le 40e jour à la minute 70.`,
      },
    },
    {
      id: "warrant-summary",
      title: { en: "Arrest warrant SL-PEN 2025/118 (summary)", fr: "Mandat d'arrêt SL-PEN 2025/118 (résumé)" },
      audience: { kind: "teams", teamIds: ["requesting"] },
      body: {
        en: `# Arrest warrant (summary; original in Spanish)

- **Issued by:** the investigating judge of the Santa Leda Regional Court, on 20 October 2025, file SL-PEN 2025/118. In force; not time-barred (limitation period: 30 years).
- **Person:** Dario KESTREL, born 4 May 1984 in Santa Leda; Velorian passport V0448213; 1.82 m, grey eyes, scar on the back of the left hand.
- **Offence:** aggravated trafficking in narcotic drugs by an organised criminal group, Penal Code art. 214(3): importation of 640 kg of cocaine at the port of Santa Leda on 9 September 2025, as the person who financed and directed the group.
- **Penalty:** death or life imprisonment (art. 214(3)); the basic offence (art. 214(1)) carries 5 to 15 years.`,
        fr: `# Mandat d'arrêt (résumé ; original en espagnol)

- **Décerné par :** le juge d'instruction du Tribunal régional de Santa Leda, le 20 octobre 2025, dossier SL-PEN 2025/118. En vigueur ; non prescrit (délai de prescription : 30 ans).
- **Personne :** Dario KESTREL, né le 4 mai 1984 à Santa Leda ; passeport vélorien V0448213 ; 1,82 m, yeux gris, cicatrice sur le dos de la main gauche.
- **Infraction :** trafic aggravé de stupéfiants en bande organisée, Code pénal, art. 214, par. 3 : importation de 640 kg de cocaïne au port de Santa Leda le 9 septembre 2025, en tant que personne ayant financé et dirigé le groupe.
- **Peine :** la mort ou la réclusion à perpétuité (art. 214, par. 3) ; l'infraction simple (art. 214, par. 1) est punie de 5 à 15 ans.`,
      },
    },
    {
      id: "aldorian-law",
      title: { en: "Aldoria: International Cooperation in Criminal Matters Act (extracts)", fr: "Aldorie : loi sur la coopération internationale en matière pénale (extraits)" },
      audience: { kind: "everyone" },
      body: {
        en: `# International Cooperation in Criminal Matters Act of Aldoria (extracts)

- **s. 3 Legal basis.** Extradition requires a treaty. Where there is none, a multilateral convention to which Aldoria and the requesting State are parties is the legal basis (Aldoria has so notified under UNTOC art. 16(5)(a)).
- **s. 4 Dual criminality.** The conduct must be punishable under the law of both States by deprivation of liberty of at least one year.
- **s. 7 Nationals.** (1) No Aldorian national shall be extradited. (2) Where extradition is refused under subsection (1), the Federal Office of Justice shall, at the request of the requesting State, submit the case without undue delay to the Federal Prosecutor for the purpose of prosecution. (3) A person holding Aldorian nationality at the date of the decision is an Aldorian national for this section, whatever other nationality the person holds. (4) No national may be surrendered on condition of being returned to serve a sentence.
- **s. 9 Death penalty.** Extradition for an offence punishable by death under the law of the requesting State shall be refused unless that State gives an assurance, considered sufficient, that the death penalty will not be imposed or, if imposed, will not be carried out.
- **s. 20 Provisional arrest.** In urgent cases a person may be provisionally arrested on a request stating that a warrant or judgment exists and that a formal request will follow, and describing the person and the offence. The person may be released if the formal request and its documents are not received within 18 days of the arrest, and shall be released if they are not received within 40 days. (These periods mirror art. 16(4) of the European Convention on Extradition.)
- **s. 21 Languages.** Requests and documents shall be in French or German or be accompanied by a translation into one of them.

**Criminal Code s. 6:** Aldorian courts have jurisdiction over an offence committed abroad by an Aldorian national where the conduct is also punishable where it was committed. **s. 150:** importing narcotic drugs in large quantity as a member of a gang, 5 to 20 years.`,
        fr: `# Loi aldorienne sur la coopération internationale en matière pénale (extraits)

- **Art. 3 Base légale.** L'extradition suppose un traité. À défaut, une convention multilatérale à laquelle l'Aldorie et l'État requérant sont parties en constitue la base légale (notification faite par l'Aldorie au titre de l'art. 16, par. 5, al. a), de la CTO).
- **Art. 4 Double incrimination.** Les agissements doivent être punis, dans les deux États, d'une peine privative de liberté d'au moins un an.
- **Art. 7 Ressortissants.** 1) Aucun ressortissant aldorien n'est extradé. 2) Lorsque l'extradition est refusée en application du paragraphe 1, l'Office fédéral de la justice, à la demande de l'État requérant, soumet l'affaire sans retard excessif au Procureur fédéral aux fins de poursuites. 3) Est ressortissant aldorien au sens du présent article toute personne possédant la nationalité aldorienne à la date de la décision, quelle que soit son autre nationalité. 4) Aucun ressortissant ne peut être remis sous condition d'être renvoyé en Aldorie pour y purger sa peine.
- **Art. 9 Peine de mort.** L'extradition pour une infraction passible de la peine de mort selon le droit de l'État requérant est refusée, à moins que cet État ne donne une assurance jugée suffisante que la peine de mort ne sera pas prononcée ou, si elle l'est, qu'elle ne sera pas exécutée.
- **Art. 20 Arrestation provisoire.** En cas d'urgence, une personne peut être arrêtée provisoirement sur une demande indiquant l'existence d'un mandat ou d'un jugement et l'envoi d'une demande formelle, et décrivant la personne et l'infraction. La personne peut être mise en liberté si la demande formelle et les pièces ne sont pas reçues dans les 18 jours suivant l'arrestation ; elle doit l'être si elles ne sont pas reçues dans les 40 jours. (Ces délais reprennent l'art. 16, par. 4, de la Convention européenne d'extradition.)
- **Art. 21 Langues.** Les demandes et les pièces sont rédigées en français ou en allemand, ou accompagnées d'une traduction dans l'une de ces langues.

**Code pénal, art. 6 :** les juridictions aldoriennes sont compétentes pour l'infraction commise à l'étranger par un ressortissant aldorien lorsque les agissements sont aussi punissables au lieu où ils ont été commis. **Art. 150 :** importation de stupéfiants en grande quantité en bande, 5 à 20 ans.`,
      },
    },
    {
      id: "nationality-note",
      title: { en: "Police note: Mr Kestrel's nationality", fr: "Note de police : la nationalité de M. Kestrel" },
      audience: { kind: "everyone" },
      body: {
        en: `# Note from the Velorian liaison officer in Brevannes

Mr Kestrel travels on his Velorian passport. The hotel's register, however, records an **Aldorian identity card** shown at check-in, and his late mother was Aldorian. He may therefore hold **both nationalities**. Velorian law does not recognise a second nationality of its own nationals, but that is irrelevant to Aldoria, which applies its own law to decide who its nationals are.

Aldoria's civil registry has been asked to confirm; its answer is expected later in the case.`,
        fr: `# Note de l'officier de liaison vélorien à Brevannes

M. Kestrel voyage avec son passeport vélorien. Le registre de l'hôtel mentionne toutefois une **carte d'identité aldorienne** présentée à l'arrivée, et sa défunte mère était aldorienne. Il pourrait donc posséder **les deux nationalités**. Le droit vélorien ne reconnaît pas la seconde nationalité de ses ressortissants, mais cela est sans incidence pour l'Aldorie, qui applique son propre droit pour déterminer qui sont ses ressortissants.

L'état civil aldorien a été prié de confirmer ; sa réponse est attendue plus tard dans l'affaire.`,
      },
    },
    {
      id: "requested-brief",
      title: { en: "Brief for the Aldorian team", fr: "Note à l'équipe aldorienne" },
      audience: { kind: "teams", teamIds: ["requested"] },
      body: {
        en: `# How Aldoria handles an extradition case

1. **Provisional arrest.** The duty judge of the Extradition Chamber orders the arrest if the request states that a warrant exists and that a formal request will follow, and describes the person and the offence (s. 20).
2. **Detention.** From the arrest, the clock runs: release possible at day 18 (minute 48), compulsory at day 40 (minute 70) if the formal request has not arrived.
3. **Decision.** The Federal Office of Justice prepares the Government's decision; the judge rules on lawfulness. Any refusal must state its grounds, and Aldoria consults the requesting State before refusing (UNTOC art. 16(16)).`,
        fr: `# Le traitement d'une affaire d'extradition en Aldorie

1. **Arrestation provisoire.** Le juge de permanence de la Chambre de l'extradition ordonne l'arrestation si la demande indique l'existence d'un mandat et l'envoi d'une demande formelle, et décrit la personne et l'infraction (art. 20).
2. **Détention.** Dès l'arrestation, le délai court : mise en liberté possible au 18e jour (minute 48), obligatoire au 40e jour (minute 70) si la demande formelle n'est pas arrivée.
3. **Décision.** L'Office fédéral de la justice prépare la décision du Gouvernement ; le juge statue sur la légalité. Tout refus doit être motivé et l'Aldorie consulte l'État requérant avant de refuser (CTO, art. 16, par. 16).`,
      },
    },
  ],
  phases: [
    { id: "urgent-arrest", title: { en: "Urgent provisional arrest", fr: "Arrestation provisoire urgente" }, startsAtMinutes: 0 },
    { id: "formal-request", title: { en: "Formal extradition request", fr: "Demande formelle d'extradition" }, startsAtMinutes: 30 },
    { id: "decision", title: { en: "Decision on extradition", fr: "Décision sur l'extradition" }, startsAtMinutes: 90 },
    { id: "debrief", title: { en: "Debrief", fr: "Débriefing" }, startsAtMinutes: 155 },
  ],
  deadlines: [
    { id: "flight-departs", label: { en: "Mr Kestrel's flight to Marvessa leaves (the provisional-arrest request must be in Aldoria's hands)", fr: "Départ du vol de M. Kestrel vers Marvessa (la demande d'arrestation provisoire doit être parvenue à l'Aldorie)" }, atMinutes: 25, legalSource: "UNTOC art. 16(9)" },
    { id: "release-possible", label: { en: "Day 18 of detention: release possible without the formal request", fr: "18e jour de détention : mise en liberté possible sans demande formelle" }, atMinutes: 48, legalSource: "European Convention on Extradition art. 16(4)" },
    { id: "release-required", label: { en: "Day 40 of detention: release required without the formal request", fr: "40e jour de détention : mise en liberté obligatoire sans demande formelle" }, atMinutes: 70, legalSource: "European Convention on Extradition art. 16(4)" },
    { id: "decision-due", label: { en: "Aldoria's decision on the request", fr: "Décision de l'Aldorie sur la demande" }, atMinutes: 150, legalSource: "UNTOC art. 16(8)" },
  ],
  traps: [
    {
      id: "provisional-arrest-deadline",
      name: { en: "Provisional-arrest deadline", fr: "Délai de l'arrestation provisoire" },
      explanation: {
        en: "A provisional arrest only buys time: the person may be released after 18 days and must be released after 40 if the formal request has not arrived. The provisional-arrest request must commit to sending the formal request within that period, and the requesting team must actually send it in time.",
        fr: "L'arrestation provisoire ne fait que gagner du temps : la personne peut être libérée après 18 jours et doit l'être après 40 si la demande formelle n'est pas arrivée. La demande d'arrestation provisoire doit s'engager à transmettre la demande formelle dans ce délai, et l'équipe requérante doit effectivement l'envoyer à temps.",
      },
      legalSource: "European Convention on Extradition art. 16(4)",
    },
    {
      id: "death-penalty-assurance",
      name: { en: "Death penalty without an assurance", fr: "Peine de mort sans assurance" },
      explanation: {
        en: "The offence carries the death penalty in Veloria and Aldoria refuses extradition in such a case unless it receives an assurance that the death penalty will not be imposed or carried out. A request without that assurance will be refused, however strong the evidence.",
        fr: "L'infraction est passible de la peine de mort en Vélorie et l'Aldorie refuse alors l'extradition à moins de recevoir l'assurance que la peine de mort ne sera ni prononcée ni exécutée. Une demande sans cette assurance sera refusée, si solides que soient les preuves.",
      },
      legalSource: "UNTOC art. 16(7)",
    },
    {
      id: "nationality-bar",
      name: { en: "Refusing a national without prosecuting", fr: "Refuser un ressortissant sans poursuivre" },
      explanation: {
        en: "Mr Kestrel is an Aldorian national, so Aldoria may not extradite him, and its law does not allow surrender on condition of return. Refusing and closing the file leaves him unpunished: having refused solely on the ground of nationality, Aldoria must, at Veloria's request, submit the case without undue delay to its own authorities for prosecution.",
        fr: "M. Kestrel est ressortissant aldorien ; l'Aldorie ne peut donc pas l'extrader et son droit n'autorise pas la remise sous condition de retour. Refuser et classer le dossier le laisse impuni : ayant refusé au seul motif de la nationalité, l'Aldorie doit, à la demande de la Vélorie, soumettre l'affaire sans retard excessif à ses propres autorités aux fins de poursuites.",
      },
      legalSource: "UNTOC art. 16(10)",
    },
  ],
  injects: [
    {
      id: "case-opens",
      title: { en: "Kestrel located in Brevannes", fr: "Kestrel localisé à Brevannes" },
      body: {
        en: "INTERPOL Brevannes confirms that Dario Kestrel checked in yesterday at the Hotel Ardenne in Brevannes. Read the case summary and the documents available to your team.",
        fr: "INTERPOL Brevannes confirme que Dario Kestrel s'est enregistré hier à l'hôtel Ardenne à Brevannes. Lisez le résumé de l'affaire et les documents mis à la disposition de votre équipe.",
      },
      release: { kind: "phase-start", phaseId: "urgent-arrest" },
      audience: { kind: "everyone" },
    },
    {
      id: "flight-booked",
      title: { en: "A flight to Marvessa", fr: "Un vol pour Marvessa" },
      body: {
        en: "The liaison officer reports that Mr Kestrel has booked a seat on tomorrow's 06:40 flight from Brevannes to Marvessa, which has no extradition relations with Veloria. Your provisional-arrest request must reach Aldoria before scenario minute 25.",
        fr: "L'officier de liaison signale que M. Kestrel a réservé une place sur le vol de demain 6 h 40 de Brevannes à Marvessa, État sans relation d'extradition avec la Vélorie. Votre demande d'arrestation provisoire doit parvenir à l'Aldorie avant la minute 25 du scénario.",
      },
      release: { kind: "at", offsetMinutes: 8 },
      audience: { kind: "teams", teamIds: ["requesting"] },
    },
    {
      id: "arrest-made",
      title: { en: "Arrest at the boarding gate", fr: "Arrestation à la porte d'embarquement" },
      body: {
        en: "Aldorian police arrested Mr Kestrel at the boarding gate on the strength of the provisional-arrest request; the duty judge ordered his detention. Day 0 of detention is now (minute 30): release becomes possible at day 18 (minute 48) and compulsory at day 40 (minute 70) unless the formal request arrives.",
        fr: "La police aldorienne a arrêté M. Kestrel à la porte d'embarquement sur la base de la demande d'arrestation provisoire ; le juge de permanence a ordonné sa détention. Le jour 0 de la détention est maintenant (minute 30) : la mise en liberté devient possible au 18e jour (minute 48) et obligatoire au 40e jour (minute 70) si la demande formelle n'est pas arrivée.",
      },
      release: { kind: "phase-start", phaseId: "formal-request" },
      audience: { kind: "everyone" },
    },
    {
      id: "release-application",
      title: { en: "The defence applies for release", fr: "La défense demande la mise en liberté" },
      body: {
        en: "Day 18. Mr Kestrel's lawyer applies for his release: no formal request has reached the court, he says, and his client has a home and family in Brevannes. Decide whether the file before you allows continued detention.",
        fr: "18e jour. L'avocat de M. Kestrel demande sa mise en liberté : aucune demande formelle n'est parvenue à la cour, dit-il, et son client a un domicile et une famille à Brevannes. Déterminez si le dossier dont vous disposez permet de maintenir la détention.",
      },
      release: { kind: "at", offsetMinutes: 48 },
      audience: { kind: "roles", roleIds: ["aldorian-judge"] },
    },
    {
      id: "assurance-missing",
      title: { en: "Aldoria asks for a death-penalty assurance", fr: "L'Aldorie demande une assurance sur la peine de mort" },
      body: {
        en: "The Federal Office of Justice writes: the offence carries the death penalty in Veloria and the request contains no assurance. Under section 9 of the Act, extradition will be refused unless Veloria assures that the death penalty will not be imposed or, if imposed, not carried out. Please send the assurance, signed by an authority that can bind Veloria, before the detention deadline.",
        fr: "L'Office fédéral de la justice écrit : l'infraction est passible de la peine de mort en Vélorie et la demande ne contient aucune assurance. En vertu de l'article 9 de la loi, l'extradition sera refusée à moins que la Vélorie n'assure que la peine de mort ne sera pas prononcée ou, si elle l'est, qu'elle ne sera pas exécutée. Veuillez transmettre cette assurance, signée par une autorité pouvant engager la Vélorie, avant l'expiration du délai de détention.",
      },
      release: { kind: "condition", taskId: "extradition-request", when: { kind: "trap-fallen", trapId: "death-penalty-assurance" } },
      audience: { kind: "roles", roleIds: ["velorian-central-authority"] },
    },
    {
      id: "pa-incomplete",
      title: { en: "The duty judge hesitates", fr: "Le juge de permanence hésite" },
      body: {
        en: "Aldoria's duty judge calls INTERPOL Brevannes: the provisional-arrest request does not say everything section 20 requires (a warrant, a formal request to follow, the person, the offence). She cannot order the arrest on it as it stands. Complete it at once.",
        fr: "La juge de permanence aldorienne appelle INTERPOL Brevannes : la demande d'arrestation provisoire ne contient pas tout ce qu'exige l'article 20 (un mandat, l'annonce d'une demande formelle, la personne, l'infraction). Elle ne peut pas ordonner l'arrestation en l'état. Complétez-la immédiatement.",
      },
      release: { kind: "condition", taskId: "provisional-arrest-request", when: { kind: "score-below", percent: 70 } },
      audience: { kind: "teams", teamIds: ["requesting"] },
    },
    {
      id: "nationality-confirmed",
      title: { en: "Civil registry answer and Veloria's note", fr: "Réponse de l'état civil et note de la Vélorie" },
      body: {
        en: "The Aldorian civil registry confirms that Dario Kestrel was naturalised as an Aldorian citizen in 2016 and still holds Aldorian nationality. The same day Veloria's embassy delivers a note: \"Should Aldoria be unable to extradite Mr Kestrel because of his nationality, Veloria requests, under article 16(10) of the Convention, that the case be submitted to the competent Aldorian authorities for prosecution, and will provide all the evidence.\"",
        fr: "L'état civil aldorien confirme que Dario Kestrel a été naturalisé aldorien en 2016 et possède toujours la nationalité aldorienne. Le même jour, l'ambassade de Vélorie remet une note : « Si l'Aldorie ne pouvait extrader M. Kestrel en raison de sa nationalité, la Vélorie demande, au titre de l'article 16(10) de la Convention, que l'affaire soit soumise aux autorités aldoriennes compétentes aux fins de poursuites, et fournira toutes les preuves. »",
      },
      release: { kind: "phase-start", phaseId: "decision" },
      audience: { kind: "teams", teamIds: ["requested"] },
    },
    {
      id: "minister-pressure",
      title: { en: "A call from the Minister's office", fr: "Un appel du cabinet du ministre" },
      body: {
        en: "The Minister's chief of staff calls: the press is asking whether Aldoria will \"hand a citizen over to the hangman\". He suggests you simply refuse the request because Kestrel is Aldorian and close the file quietly.",
        fr: "Le directeur de cabinet du ministre appelle : la presse demande si l'Aldorie va « livrer un citoyen au bourreau ». Il vous suggère de simplement refuser la demande parce que Kestrel est aldorien et de classer discrètement le dossier.",
      },
      release: { kind: "manual" },
      audience: { kind: "roles", roleIds: ["aldorian-central-authority"] },
    },
    {
      id: "refusal-received",
      title: { en: "Aldoria refuses", fr: "L'Aldorie refuse" },
      body: {
        en: "Aldoria's answer arrives: extradition is refused because Mr Kestrel is an Aldorian national, and nothing is said about prosecution in Aldoria. What can Veloria ask for now, and on what basis?",
        fr: "La réponse de l'Aldorie arrive : l'extradition est refusée parce que M. Kestrel est ressortissant aldorien, et rien n'est dit sur des poursuites en Aldorie. Que peut demander la Vélorie à présent, et sur quel fondement ?",
      },
      release: { kind: "condition", taskId: "decision", when: { kind: "decision-is", optionId: "refuse-outright" } },
      audience: { kind: "teams", teamIds: ["requesting"] },
    },
  ],
  tasks: [
    {
      id: "provisional-arrest-request",
      kind: "provisional-arrest-request",
      title: { en: "Request Mr Kestrel's provisional arrest", fr: "Demander l'arrestation provisoire de M. Kestrel" },
      instructions: {
        en: "Draft Veloria's urgent provisional-arrest request to Aldoria, element by element. It must reach Aldoria before the flight leaves (scenario minute 25).",
        fr: "Rédigez, élément par élément, la demande urgente d'arrestation provisoire de la Vélorie à l'Aldorie. Elle doit parvenir à l'Aldorie avant le départ du vol (minute 25 du scénario).",
      },
      assignedTo: { kind: "teams", teamIds: ["requesting"] },
      phaseId: "urgent-arrest",
      deadlineId: "flight-departs",
      rubric: {
        passPercent: 70,
        criteria: [
          { id: "authority", kind: "element", elementId: "pa.authority", weight: 1, legalSource: "UN Model Treaty on Extradition art. 9(1)", feedback: { en: "Say who requests and through which channel (central authority, INTERPOL): UN Model Treaty on Extradition art. 9(1).", fr: "Indiquez qui demande et par quelle voie (autorité centrale, INTERPOL) : Traité type des Nations Unies sur l'extradition, art. 9, par. 1." } },
          { id: "person", kind: "element", elementId: "pa.person", weight: 2, legalSource: "UN Model Treaty on Extradition art. 9(2)", feedback: { en: "Describe the person, nationality and whereabouts so that the police can find and identify him: UN Model Treaty on Extradition art. 9(2).", fr: "Décrivez la personne, sa nationalité et le lieu où elle se trouve pour que la police puisse la trouver et l'identifier : Traité type, art. 9, par. 2." } },
          { id: "warrant-exists", kind: "element", elementId: "pa.warrant-exists", weight: 2, legalSource: "UN Model Treaty on Extradition art. 9(2)", feedback: { en: "State that an arrest warrant exists, by whom and when it was issued: without it the judge cannot order the arrest (UN Model Treaty on Extradition art. 9(2)).", fr: "Indiquez qu'un mandat d'arrêt existe, par qui et quand il a été décerné : sans cela le juge ne peut ordonner l'arrestation (Traité type, art. 9, par. 2)." } },
          { id: "offence", kind: "element", elementId: "pa.offence", weight: 2, legalSource: "UN Model Treaty on Extradition art. 9(2)", feedback: { en: "Describe the offence, when and where it was committed, and the penalty: UN Model Treaty on Extradition art. 9(2).", fr: "Décrivez l'infraction, la date et le lieu de sa commission, et la peine encourue : Traité type, art. 9, par. 2." } },
          { id: "full-request-follows", kind: "element", elementId: "pa.full-request-follows", weight: 2, legalSource: "UN Model Treaty on Extradition art. 9(2), 9(4)", feedback: { en: "State that the formal extradition request will follow, and within what period: UN Model Treaty on Extradition art. 9(2) and 9(4).", fr: "Indiquez que la demande formelle d'extradition suivra, et dans quel délai : Traité type, art. 9, par. 2 et 4." } },
          { id: "urgency", kind: "element", elementId: "pa.urgency", weight: 1, legalSource: "UNTOC art. 16(9)", feedback: { en: "Explain why the matter is urgent (the booked flight, co-accused already fled): provisional arrest is for urgent cases, UNTOC art. 16(9).", fr: "Expliquez l'urgence (le vol réservé, les coauteurs déjà en fuite) : l'arrestation provisoire est réservée aux cas urgents, CTO, art. 16, par. 9." } },
          {
            id: "key-facts",
            kind: "key-facts",
            weight: 2,
            legalSource: "UNTOC art. 16(9)",
            feedback: { en: "The request must carry the facts the Aldorian police and judge need: who (Kestrel), where he is (Brevannes), where he is going (Marvessa), what (cocaine) and how much (640 kg). UNTOC art. 16(9).", fr: "La demande doit contenir les faits dont la police et le juge aldoriens ont besoin : qui (Kestrel), où il se trouve (Brevannes), où il va (Marvessa), quoi (cocaïne) et quelle quantité (640 kg). CTO, art. 16, par. 9." },
            facts: [
              { id: "name", terms: { en: ["Kestrel"], fr: ["Kestrel"] } },
              { id: "whereabouts", terms: { en: ["Brevannes", "Hotel Ardenne"], fr: ["Brevannes", "hôtel Ardenne"] } },
              { id: "destination", terms: { en: ["Marvessa"], fr: ["Marvessa"] } },
              { id: "drug", terms: { en: ["cocaine", "narcotic"], fr: ["cocaïne", "stupéfiant"] } },
              { id: "quantity", terms: { en: ["640 kg", "640 kilograms", "640 kilos"], fr: ["640 kg", "640 kilogrammes", "640 kilos"] } },
            ],
          },
          { id: "sent-before-flight", kind: "on-time", deadlineId: "flight-departs", weight: 3, legalSource: "UNTOC art. 16(9)", feedback: { en: "A provisional-arrest request that arrives after the flight has left is useless: urgency is the whole point of UNTOC art. 16(9).", fr: "Une demande d'arrestation provisoire qui arrive après le départ du vol est inutile : l'urgence est la raison d'être de l'art. 16, par. 9, de la CTO." } },
          {
            id: "deadline-planned",
            kind: "trap-avoided",
            trapId: "provisional-arrest-deadline",
            weight: 2,
            legalSource: "European Convention on Extradition art. 16(4)",
            feedback: { en: "Commit to sending the formal request within the 40 days of section 20 (release possible after 18): European Convention on Extradition art. 16(4), which the Aldorian Act mirrors.", fr: "Engagez-vous à transmettre la demande formelle dans les 40 jours de l'article 20 (mise en liberté possible après 18) : Convention européenne d'extradition, art. 16, par. 4, que la loi aldorienne reprend." },
            remedy: { en: ["40 days", "forty days", "18 days", "eighteen days"], fr: ["40 jours", "quarante jours", "18 jours", "dix-huit jours"] },
          },
        ],
      },
      modelAnswer: { text: { en: PA_MODEL_EN, fr: PA_MODEL_FR } },
    },
    {
      id: "extradition-request",
      kind: "extradition-request",
      title: { en: "Send the formal extradition request", fr: "Transmettre la demande formelle d'extradition" },
      instructions: {
        en: "Draft Veloria's formal request for the extradition of Mr Kestrel, element by element, and send it before the detention deadline (day 40, scenario minute 70; better before day 18, minute 48). Check what Aldorian law requires.",
        fr: "Rédigez, élément par élément, la demande formelle de la Vélorie en vue de l'extradition de M. Kestrel, et transmettez-la avant l'expiration du délai de détention (40e jour, minute 70 ; de préférence avant le 18e jour, minute 48). Vérifiez ce qu'exige le droit aldorien.",
      },
      assignedTo: { kind: "teams", teamIds: ["requesting"] },
      phaseId: "formal-request",
      deadlineId: "release-required",
      rubric: {
        passPercent: 75,
        criteria: [
          { id: "authority", kind: "element", elementId: "ext.authority", weight: 1, legalSource: "UN Model Treaty on Extradition art. 5", feedback: { en: "Name the requesting authority and send the request through the central authority: UN Model Treaty on Extradition art. 5.", fr: "Nommez l'autorité requérante et transmettez la demande par l'autorité centrale : Traité type, art. 5." } },
          { id: "person", kind: "element", elementId: "ext.person", weight: 2, legalSource: "UN Model Treaty on Extradition art. 5(2)(a)", feedback: { en: "Describe the person, identity, nationality and whereabouts: UN Model Treaty on Extradition art. 5(2)(a).", fr: "Décrivez la personne, son identité, sa nationalité et le lieu où elle se trouve : Traité type, art. 5, par. 2, al. a)." } },
          { id: "warrant", kind: "element", elementId: "ext.warrant", weight: 2, legalSource: "UN Model Treaty on Extradition art. 5(2)(b)", feedback: { en: "Attach the arrest warrant (or the enforceable judgment): UN Model Treaty on Extradition art. 5(2)(b).", fr: "Joignez le mandat d'arrêt (ou le jugement exécutoire) : Traité type, art. 5, par. 2, al. b)." } },
          { id: "offence", kind: "element", elementId: "ext.offence", weight: 2, legalSource: "UN Model Treaty on Extradition art. 5(2)(b)", feedback: { en: "Set out the offence with its time, place and the person's own conduct: UN Model Treaty on Extradition art. 5(2)(b).", fr: "Exposez l'infraction avec sa date, son lieu et les agissements propres de la personne : Traité type, art. 5, par. 2, al. b)." } },
          { id: "law", kind: "element", elementId: "ext.law", weight: 2, legalSource: "UN Model Treaty on Extradition art. 5(2)(b)", feedback: { en: "Give the text of the law creating the offence and its penalty: UN Model Treaty on Extradition art. 5(2)(b).", fr: "Donnez le texte de la loi qui crée l'infraction et la peine : Traité type, art. 5, par. 2, al. b)." } },
          { id: "dual-criminality", kind: "element", elementId: "ext.dual-criminality", weight: 2, legalSource: "UNTOC art. 16(1)", feedback: { en: "Show that the conduct is punishable in both States, by describing the conduct rather than matching names: UNTOC art. 16(1).", fr: "Montrez que les agissements sont punissables dans les deux États, en décrivant les agissements plutôt qu'en comparant les qualifications : CTO, art. 16, par. 1." } },
          { id: "legal-basis", kind: "element", elementId: "ext.legal-basis", weight: 1, legalSource: "UNTOC art. 16(4)-(5)", feedback: { en: "With no treaty, rely on the Convention itself, which Aldoria accepts as a legal basis: UNTOC art. 16(4) and 16(5)(a).", fr: "En l'absence de traité, fondez la demande sur la Convention elle-même, que l'Aldorie accepte comme base légale : CTO, art. 16, par. 4 et 5, al. a)." } },
          { id: "assurances", kind: "element", elementId: "ext.assurances", weight: 1, legalSource: "UNTOC art. 16(7), 16(13)", feedback: { en: "Give the assurances the requested State's law requires, here on the death penalty and fair treatment: UNTOC art. 16(7) and 16(13).", fr: "Donnez les assurances exigées par le droit de l'État requis, ici sur la peine de mort et le traitement équitable : CTO, art. 16, par. 7 et 13." } },
          { id: "translation", kind: "element", elementId: "ext.translation", weight: 1, legalSource: "UN Model Treaty on Extradition art. 5(3)", feedback: { en: "Aldoria accepts French or German: say how the request and documents are translated (UN Model Treaty on Extradition art. 5(3)).", fr: "L'Aldorie accepte le français ou l'allemand : indiquez comment la demande et les pièces sont traduites (Traité type, art. 5, par. 3)." } },
          {
            id: "death-penalty-assurance",
            kind: "trap-avoided",
            trapId: "death-penalty-assurance",
            weight: 6,
            legalSource: "UNTOC art. 16(7)",
            feedback: { en: "The offence carries the death penalty in Veloria: without an assurance that it will not be imposed or carried out, Aldoria must refuse (Act s. 9, a condition of the requested State's law under UNTOC art. 16(7)).", fr: "L'infraction est passible de la peine de mort en Vélorie : sans assurance qu'elle ne sera ni prononcée ni exécutée, l'Aldorie doit refuser (loi, art. 9, condition du droit de l'État requis au sens de l'art. 16, par. 7, de la CTO)." },
            remedy: {
              en: ["death penalty will not be imposed", "death penalty will not be carried out", "death penalty shall not be imposed", "death penalty shall not be carried out", "will not be sentenced to death", "will not be executed", "not seek the death penalty", "capital punishment will not be"],
              fr: ["peine de mort ne sera pas prononcée", "peine de mort ne sera pas exécutée", "peine de mort ne sera ni prononcée", "ne sera pas condamné à mort", "ne sera pas exécuté", "ne requerra pas la peine de mort", "peine capitale ne sera pas"],
            },
          },
          { id: "before-release", kind: "on-time", deadlineId: "release-required", weight: 2, legalSource: "European Convention on Extradition art. 16(4)", feedback: { en: "The formal request must arrive before day 40 (minute 70), or Mr Kestrel must be released: European Convention on Extradition art. 16(4), mirrored by Act s. 20.", fr: "La demande formelle doit arriver avant le 40e jour (minute 70), faute de quoi M. Kestrel doit être libéré : Convention européenne d'extradition, art. 16, par. 4, reprise à l'art. 20 de la loi." } },
        ],
      },
      modelAnswer: { text: { en: EXT_MODEL_EN, fr: EXT_MODEL_FR } },
    },
    {
      id: "decision",
      kind: "decision",
      title: { en: "Decide on Veloria's request", fr: "Statuer sur la demande de la Vélorie" },
      instructions: {
        en: "Mr Kestrel is an Aldorian national. Choose what Aldoria does with Veloria's request and give your reasons, citing the Act and the Convention.",
        fr: "M. Kestrel est ressortissant aldorien. Choisissez la suite que l'Aldorie donne à la demande de la Vélorie et motivez votre choix en citant la loi et la Convention.",
      },
      assignedTo: { kind: "teams", teamIds: ["requested"] },
      phaseId: "decision",
      deadlineId: "decision-due",
      options: [
        { id: "surrender", label: { en: "Extradite Mr Kestrel to Veloria", fr: "Extrader M. Kestrel vers la Vélorie" } },
        { id: "refuse-outright", label: { en: "Refuse extradition because he is an Aldorian national", fr: "Refuser l'extradition parce qu'il est ressortissant aldorien" } },
        { id: "refuse-and-prosecute", label: { en: "Refuse extradition on the ground of nationality and submit the case to the Aldorian authorities for prosecution", fr: "Refuser l'extradition en raison de la nationalité et soumettre l'affaire aux autorités aldoriennes aux fins de poursuites" } },
        { id: "conditional-surrender", label: { en: "Surrender him on condition that he is returned to Aldoria to serve any sentence", fr: "Le remettre à condition qu'il soit renvoyé en Aldorie pour y purger sa peine" } },
      ],
      rubric: {
        passPercent: 70,
        criteria: [
          { id: "right-option", kind: "decision", optionId: "refuse-and-prosecute", weight: 4, legalSource: "UNTOC art. 16(10)", feedback: { en: "Aldoria may not extradite its national (Act s. 7(1)) and its law allows no conditional surrender (s. 7(4)), so UNTOC art. 16(11) is out: it must refuse and, as Veloria asked, submit the case for prosecution (UNTOC art. 16(10)).", fr: "L'Aldorie ne peut extrader son ressortissant (loi, art. 7, par. 1) et son droit n'autorise aucune remise conditionnelle (art. 7, par. 4), ce qui exclut l'art. 16, par. 11, de la CTO : elle doit refuser et, comme la Vélorie l'a demandé, soumettre l'affaire aux fins de poursuites (CTO, art. 16, par. 10)." } },
          { id: "ground-nationality", kind: "justification", weight: 1, legalSource: "UNTOC art. 16(10)", feedback: { en: "Name the ground of refusal: Mr Kestrel's Aldorian nationality, whatever his other nationality (Act s. 7(1) and 7(3); UNTOC art. 16(10)).", fr: "Nommez le motif du refus : la nationalité aldorienne de M. Kestrel, quelle que soit son autre nationalité (loi, art. 7, par. 1 et 3 ; CTO, art. 16, par. 10)." }, ground: { en: ["national", "nationality", "citizen"], fr: ["ressortissant", "nationalité", "citoyen"] } },
          { id: "ground-prosecute", kind: "justification", weight: 2, legalSource: "UNTOC art. 16(10)", feedback: { en: "State the duty that follows the refusal: submit the case without undue delay to the competent authorities for prosecution (UNTOC art. 16(10); Act s. 7(2)).", fr: "Énoncez l'obligation qui découle du refus : soumettre l'affaire sans retard excessif aux autorités compétentes aux fins de poursuites (CTO, art. 16, par. 10 ; loi, art. 7, par. 2)." }, ground: { en: ["16(10)", "extradite or prosecute", "aut dedere", "submit the case", "for the purpose of prosecution", "for prosecution"], fr: ["16(10)", "extrader ou poursuivre", "aut dedere", "soumettre le dossier", "soumettre l'affaire", "aux fins de poursuites", "aux fins de poursuite"] } },
          {
            id: "no-bare-refusal",
            kind: "trap-avoided",
            trapId: "nationality-bar",
            weight: 3,
            legalSource: "UNTOC art. 16(10)",
            feedback: { en: "A bare refusal leaves an alleged drug lord unpunished and breaches the obligation to submit the case for prosecution: UNTOC art. 16(10).", fr: "Un simple refus laisse impuni un trafiquant présumé et méconnaît l'obligation de soumettre l'affaire aux fins de poursuites : CTO, art. 16, par. 10." },
            signs: { en: ["refuse", "refusal", "not be extradited", "will not extradite", "cannot extradite", "close the file", "file is closed"], fr: ["refus", "ne sera pas extradé", "ne peut être extradé", "ne peut pas être extradé", "classer le dossier", "dossier est classé", "classement"] },
            remedy: { en: ["16(10)", "submit the case", "for the purpose of prosecution", "for prosecution", "prosecute him", "institute proceedings"], fr: ["16(10)", "soumettre le dossier", "soumettre l'affaire", "aux fins de poursuites", "aux fins de poursuite", "engager des poursuites", "ouvrir des poursuites"] },
          },
          { id: "decided-in-time", kind: "on-time", deadlineId: "decision-due", weight: 1, legalSource: "UNTOC art. 16(8)", feedback: { en: "Decide within the time set: States must expedite extradition procedures, UNTOC art. 16(8).", fr: "Statuez dans le délai fixé : les États doivent accélérer les procédures d'extradition, CTO, art. 16, par. 8." } },
        ],
      },
      modelAnswer: { text: { en: DECISION_MODEL_EN, fr: DECISION_MODEL_FR }, optionId: "refuse-and-prosecute" },
    },
  ],
};
