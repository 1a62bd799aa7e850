import type { ScenarioInput } from "../scenario.schema.ts";

/**
 * Built-in scenario (b): mutual legal assistance for bank records and the freezing of assets, with
 * bank-secrecy, dual-criminality, fishing and urgency traps, and a postponement decision for the
 * requested side. Every State, bank, company, person and law in it is fictional.
 *
 * Timeline (scenario minutes): briefing 0, drafting 10 (money about to move at 25, request due at 50),
 * execution 60 (decision due at 110), debrief 120 (short answer due at 140), end 150.
 */

type Text = { en: string; fr: string; ar: string };
type Criterion = ScenarioInput["tasks"][number]["rubric"]["criteria"][number];

/** An "element" criterion: the request says something under a checklist element of UNTOC art. 18. */
function element(elementId: string, weight: number, legalSource: string, feedback: Text): Criterion {
  return { id: elementId.replace("mla.", "element-"), kind: "element", elementId, weight, legalSource, feedback };
}

const MODEL_REQUEST: Text = {
  en: "**URGENT REQUEST FOR MUTUAL LEGAL ASSISTANCE: freezing of funds and bank records. Valdoria asks for the freeze to be executed within 48 hours, before the ordered transfer, and gives this deadline and its reasons under art. 18(24).**\n\n### Requesting authority\n\nOffice of the Anti-Corruption Prosecutor of the Republic of Valdoria, Prosecutor Mira Castell, acting through the Ministry of Justice of Valdoria, Directorate of International Cooperation in Criminal Matters (central authority).\n\n### Subject and nature of the case\n\nCriminal investigation no. PAC-2024-0317, conducted by the Office of the Anti-Corruption Prosecutor of Valdoria, into bribery of a public official (Penal Code art. 221) and laundering of the proceeds of crime (Penal Code art. 324).\n\n### Summary of the facts\n\nBetween March 2022 and November 2023, Norgate Construction SA, which won the RN-14 bypass road contract, paid EUR 2,350,000 in six transfers to account AUR-0047-1182 held by Lindqvist Advisory Ltd at Banque Aurelis SA in Merendia City, against sham consultancy invoices. The Valdorian Financial Intelligence Unit found that the beneficial owner of Lindqvist Advisory Ltd is Adrian Vellan, then Deputy Director of the National Roads Agency, who chaired the tender committee that awarded the contract. The balance is about EUR 1,900,000. Lindqvist Advisory Ltd has instructed the bank to transfer the whole balance to an account at Kastor Trust Bank in Kastoria within 48 hours.\n\n### Assistance requested\n\n1. Urgently, before any other measure: freeze the balance of account AUR-0047-1182 at Banque Aurelis SA and any funds credited to it later (UNTOC arts. 12, 13(2) and 18(3)(c)), so that the transfer to Kastoria ordered for execution within 48 hours cannot take place. 2. Then: produce certified copies of the account-opening file, the beneficial-ownership declarations, the statements and the transfer records from 1 January 2022 to date (art. 18(3)(f)), with a certificate of authenticity from the bank so that they are admissible in Valdoria.\n\n### Persons concerned\n\nAdrian Vellan, born 14 May 1971, Valdorian national, residing in Port Ilen, Valdoria (suspect); Lindqvist Advisory Ltd, company no. MC-88213, registered in Merendia (account holder); Ilse Morrow, Merendian national, its nominee director.\n\n### Purpose\n\nThe records are needed to prove that the payments of Norgate Construction SA reached Adrian Vellan as beneficial owner and to trace where the money went; the freeze is needed in order to preserve the funds for confiscation in Valdoria (UNTOC arts. 12 and 13).\n\n### Language and form\n\nThis request is made in writing and in English, a language Merendia accepts for requests under art. 18(14); a French version is attached.\n\n### Channel\n\nSent to the Directorate of Judicial Affairs of Merendia, its designated central authority (art. 18(13)); because of the urgency an advance copy was sent today by secure e-mail, and the signed original follows by courier.\n\n### Confidentiality\n\nPlease keep this request and its execution confidential under art. 18(20): do not inform the account holder, Adrian Vellan or the staff of Banque Aurelis beyond what the freeze requires, as this would lead to the funds being moved.",
  fr: "**DEMANDE D'ENTRAIDE JUDICIAIRE URGENTE : gel de fonds et relevés bancaires. Valdoria demande que le gel soit exécuté dans les 48 heures, avant le virement ordonné, et indique ce délai et ses motifs conformément à l'article 18(24).**\n\n### Autorité requérante\n\nParquet anticorruption de la République de Valdoria, procureure Mira Castell, par l'intermédiaire du ministère de la Justice de Valdoria, direction de la coopération internationale en matière pénale (autorité centrale).\n\n### Objet et nature de l'affaire\n\nEnquête pénale n° PAC-2024-0317, conduite par le parquet anticorruption de Valdoria, des chefs de corruption d'agent public (article 221 du code pénal) et de blanchiment du produit du crime (article 324 du code pénal).\n\n### Résumé des faits\n\nEntre mars 2022 et novembre 2023, la société Norgate Construction SA, attributaire du marché de la déviation routière RN-14, a versé 2 350 000 EUR en six virements sur le compte AUR-0047-1182 ouvert au nom de Lindqvist Advisory Ltd à la Banque Aurelis SA, à Merendia-Ville, contre des factures de conseil fictives. La cellule de renseignement financier de Valdoria a établi que le bénéficiaire effectif de Lindqvist Advisory Ltd est Adrian Vellan, alors directeur adjoint de l'Agence nationale des routes, qui présidait la commission d'appel d'offres ayant attribué le marché. Le solde est d'environ 1 900 000 EUR. Lindqvist Advisory Ltd a donné ordre à la banque de virer la totalité du solde sur un compte de la Kastor Trust Bank, en Kastoria, dans les 48 heures.\n\n### Entraide demandée\n\n1. En urgence, avant toute autre mesure : geler le solde du compte AUR-0047-1182 à la Banque Aurelis SA et tous fonds qui y seraient crédités (articles 12, 13(2) et 18(3)(c) de la Convention), afin d'empêcher le virement vers la Kastoria ordonné pour exécution dans les 48 heures. 2. Ensuite : produire des copies certifiées du dossier d'ouverture du compte, des déclarations de bénéficiaire effectif, des relevés et des ordres de virement du 1er janvier 2022 à ce jour (article 18(3)(f)), avec une attestation d'authenticité de la banque pour qu'elles soient recevables à Valdoria.\n\n### Personnes concernées\n\nAdrian Vellan, né le 14 mai 1971, de nationalité valdorienne, demeurant à Port-Ilen (Valdoria), suspect ; Lindqvist Advisory Ltd, société immatriculée en Merendia sous le n° MC-88213, titulaire du compte ; Ilse Morrow, de nationalité merendienne, sa dirigeante de paille.\n\n### Finalité\n\nLes relevés sont nécessaires afin de prouver que les paiements de Norgate Construction SA sont parvenus à Adrian Vellan en sa qualité de bénéficiaire effectif et de suivre la trace des fonds ; le gel a pour finalité de préserver les fonds en vue de leur confiscation à Valdoria (articles 12 et 13 de la Convention).\n\n### Langue et forme\n\nLa présente demande est faite par écrit et en français, langue que Merendia accepte pour les demandes au sens de l'article 18(14) ; une version anglaise est jointe.\n\n### Voie de transmission\n\nAdressée à la direction des services judiciaires de Merendia, autorité centrale désignée (article 18(13)) ; vu l'urgence, une copie anticipée a été envoyée ce jour par courriel sécurisé et l'original signé suit par porteur.\n\n### Confidentialité\n\nNous vous prions de garder confidentielles la demande et son exécution (article 18(20)) : ne pas informer le titulaire du compte, Adrian Vellan ni le personnel de la Banque Aurelis au-delà de ce que le gel exige, car les fonds seraient alors déplacés.",
  ar: "**طلب عاجل للمساعدة القانونية المتبادلة: تجميد أموال والحصول على سجلات مصرفية. تطلب فالدوريا تنفيذ التجميد خلال 48 ساعة، قبل التحويل المأمور به، وتبيّن هذه المهلة وأسبابها وفقاً للمادة 18(24).**\n\n### السلطة الطالبة\n\nمكتب المدعي العام لمكافحة الفساد في جمهورية فالدوريا، المدعية العامة ميرا كاستيل، عن طريق وزارة العدل في فالدوريا، مديرية التعاون الدولي في المسائل الجنائية، بصفتها السلطة المركزية.\n\n### موضوع القضية وطبيعتها\n\nالتحقيق الجنائي رقم PAC-2024-0317 الذي يجريه مكتب المدعي العام لمكافحة الفساد في فالدوريا بشأن رشوة موظف عمومي (المادة 221 من قانون العقوبات) وغسل عائدات الجريمة (المادة 324 من قانون العقوبات).\n\n### ملخص الوقائع\n\nفي الفترة من آذار/مارس 2022 إلى تشرين الثاني/نوفمبر 2023، حوّلت شركة نورغيت للإنشاءات (Norgate Construction SA)، التي فازت بعقد الطريق الالتفافي RN-14، مبلغ 2,350,000 يورو على ست دفعات إلى الحساب رقم AUR-0047-1182 المفتوح باسم شركة ليندكفيست للاستشارات المحدودة (Lindqvist Advisory Ltd) لدى مصرف أوريليس (Banque Aurelis SA) في مدينة ميرينديا، مقابل فواتير استشارات صورية. وتبيّن لوحدة الاستخبارات المالية في فالدوريا أن المستفيد الحقيقي من الشركة هو أدريان فيلان (Adrian Vellan)، نائب مدير الوكالة الوطنية للطرق آنذاك، الذي ترأس لجنة المناقصة التي أرست العقد. ويبلغ الرصيد نحو 1,900,000 يورو، وقد أصدرت الشركة أمراً إلى المصرف بتحويل الرصيد كله إلى حساب لدى بنك كاستور ترست في كاستوريا (Kastoria) خلال 48 ساعة.\n\n### المساعدة المطلوبة\n\nأولاً، وعلى وجه الاستعجال وقبل أي إجراء آخر: تجميد رصيد الحساب رقم AUR-0047-1182 لدى مصرف أوريليس وأي أموال تودع فيه لاحقاً (المادتان 12 و13(2) والمادة 18(3)(ج) من الاتفاقية)، حتى لا يتم التحويل المأمور به إلى كاستوريا خلال 48 ساعة. ثانياً: تقديم نسخ مصدّقة من ملف فتح الحساب وإقرارات المستفيد الحقيقي وكشوف الحساب وسجلات التحويلات من 1 كانون الثاني/يناير 2022 حتى تاريخه (المادة 18(3)(و))، مع شهادة من المصرف تثبت صحتها لكي تكون مقبولة أمام المحاكم في فالدوريا.\n\n### الأشخاص المعنيون\n\nأدريان فيلان، المولود في 14 أيار/مايو 1971، من مواطني فالدوريا، المقيم في بورت إيلين بفالدوريا (المشتبه فيه)؛ وشركة ليندكفيست للاستشارات المحدودة، المسجلة في ميرينديا تحت الرقم MC-88213 (صاحبة الحساب)؛ وإلسه مورو، من مواطني ميرينديا، مديرتها الصورية.\n\n### الغرض\n\nالغرض من السجلات إثبات أن المدفوعات الصادرة عن شركة نورغيت للإنشاءات وصلت إلى أدريان فيلان بصفته المستفيد الحقيقي، وتتبّع مسار الأموال؛ أما التجميد فالغرض منه الحفاظ على الأموال تمهيداً لمصادرتها في فالدوريا (المادتان 12 و13 من الاتفاقية).\n\n### اللغة والشكل\n\nقُدّم هذا الطلب كتابةً باللغة العربية، وهي لغة تقبلها ميرينديا للطلبات وفقاً للمادة 18(14)، وأُرفقت به ترجمة فرنسية.\n\n### قناة الإرسال\n\nأُرسل الطلب إلى مديرية الشؤون القضائية في ميرينديا، وهي السلطة المركزية المعيّنة وفقاً للمادة 18(13)؛ ونظراً إلى الطابع العاجل أُرسلت اليوم نسخة مسبقة بالبريد الإلكتروني المؤمَّن، ويليها الأصل الموقّع بالبريد السريع.\n\n### السرية\n\nيُرجى الحفاظ على سرية هذا الطلب وتنفيذه عملاً بالمادة 18(20): عدم إبلاغ صاحب الحساب ولا أدريان فيلان ولا موظفي مصرف أوريليس إلا بالقدر الذي يقتضيه التجميد، لأن ذلك سيؤدي إلى نقل الأموال.",
};

const MODEL_DECISION: Text = {
  en: "Decision of the central authority of Merendia on Valdoria's request PAC-2024-0317: freeze maintained; production of the records postponed, after consultation, until the domestic searches are done (30 days at most).\n\nMerendia will not refuse. Bank secrecy is not a ground for refusal: under UNTOC art. 18(8) Merendia shall not decline assistance on that ground, and the Banking Secrecy Act itself allows disclosure on a judge's order. Dual criminality is met, because the conduct (payments to a public official for a contract, moved through a shell company) is bribery and laundering under Merendian law. The request is complete, so there is no need to ask for more information. But producing the records now would interfere with the ongoing domestic investigation JI-FIN 24/052 into staff of Banque Aurelis: the production order would go through the relationship manager, who is a suspect, before the searches planned in 12 days. Art. 18(25) allows Merendia to postpone for that reason. Before postponing, we consulted the Valdorian central authority under art. 18(26) to see whether assistance could be given in part or on conditions. Decision: the freeze ordered by the investigating judge stays in place; production of the records is postponed until the searches are done, for 30 days at most; Valdoria is told the reasons and the expected date, and the records will be sent as soon as the searches are over.",
  fr: "Décision de l'autorité centrale de Merendia sur la demande de Valdoria PAC-2024-0317 : gel maintenu ; production des relevés différée, après consultation, jusqu'à la fin des perquisitions nationales (30 jours au plus).\n\nMerendia ne refusera pas la demande. Le secret bancaire n'est pas un motif de refus : selon l'article 18(8) de la Convention, Merendia ne peut invoquer ce motif, et la loi sur le secret bancaire elle-même permet la communication sur ordonnance d'un juge. La double incrimination est remplie, car le comportement (des paiements à un agent public en échange d'un marché, transitant par une société écran) constitue en droit merendien une corruption et un blanchiment. La demande est complète : il n'y a pas lieu de demander des informations complémentaires. En revanche, produire les relevés maintenant entraverait l'information judiciaire en cours JI-FIN 24/052 visant des employés de la Banque Aurelis : l'ordonnance de production passerait par le chargé de clientèle, lui-même suspect, avant les perquisitions prévues dans 12 jours. L'article 18(25) permet de différer l'entraide pour ce motif. Avant de différer, nous avons consulté l'autorité centrale de Valdoria conformément à l'article 18(26), afin d'examiner si l'entraide peut être accordée en partie ou sous conditions. Décision : le gel ordonné par le juge d'instruction est maintenu ; la production des relevés est différée jusqu'à la fin des perquisitions, pour 30 jours au plus ; Valdoria est informée des motifs et de la date prévue, et les relevés lui seront transmis dès la fin des perquisitions.",
  ar: "قرار السلطة المركزية في ميرينديا بشأن طلب فالدوريا رقم PAC-2024-0317: يبقى التجميد سارياً، ويؤجَّل تقديم السجلات، بعد التشاور، إلى حين انتهاء عمليات التفتيش الوطنية (30 يوماً على الأكثر).\n\nلن ترفض ميرينديا الطلب. فالسرية المصرفية ليست سبباً للرفض: إذ لا يجوز لميرينديا بموجب الفقرة 8 من المادة 18 من الاتفاقية أن ترفض المساعدة بهذه الحجة، وقانون السرية المصرفية نفسه يجيز الكشف بأمر من قاضٍ. وشرط ازدواجية التجريم مستوفى، لأن السلوك (دفع مبالغ لموظف عمومي مقابل عقد وتمريرها عبر شركة واجهة) يشكّل رشوة وغسلاً للأموال في قانون ميرينديا. والطلب مكتمل، فلا حاجة إلى طلب معلومات إضافية. غير أن تقديم السجلات الآن من شأنه أن يعرقل التحقيق الجاري في ميرينديا (الملف JI-FIN 24/052) بشأن موظفين في مصرف أوريليس، إذ سيمرّ أمر تقديم السجلات عبر مدير العلاقة، وهو مشتبه فيه، قبل عمليات التفتيش المقررة بعد 12 يوماً. وتجيز الفقرة 25 من المادة 18 (18(25)) لميرينديا التأجيل لهذا السبب. وقبل التأجيل، تشاورنا مع السلطة المركزية في فالدوريا وفقاً للفقرة 26 من المادة 18 للنظر في إمكان تقديم المساعدة جزئياً أو بشروط. القرار: يبقى التجميد الذي أمر به قاضي التحقيق سارياً، ويؤجَّل تقديم السجلات إلى حين انتهاء عمليات التفتيش، لمدة لا تتجاوز 30 يوماً، مع إبلاغ فالدوريا بالأسباب وبالموعد المتوقع، وتُرسَل إليها السجلات فور انتهاء التفتيش.",
};

const MODEL_SHORT_ANSWER: Text = {
  en: "No. First, dual criminality is assessed on the conduct, not on the name of the offence: paying a public official for a road contract and moving the money through a shell company is bribery and laundering under Merendian law, even though Merendia has no offence of illicit enrichment. Second, under UNTOC art. 18(9) the absence of dual criminality is only a ground on which Merendia may decline; it may still assist at its discretion. Third, this is a corruption case and both States are parties to UNCAC: under its art. 46(9)(b) Merendia shall, where consistent with the basic concepts of its legal system, give non-coercive assistance, such as the company-register extract and the voluntary interview of the witness, even without dual criminality. Dual criminality can matter only for coercive measures such as the freeze and the production order, and here it is met.",
  fr: "Non. D'abord, la double incrimination s'apprécie au regard du comportement, non de la qualification : payer un agent public en échange d'un marché routier et faire transiter les fonds par une société écran constitue, en droit merendien, une corruption et un blanchiment, même si Merendia ne connaît pas l'infraction d'enrichissement illicite. Ensuite, selon l'article 18(9) de la Convention contre la criminalité organisée, l'absence de double incrimination est seulement un motif pour lequel Merendia peut refuser ; elle peut néanmoins accorder l'entraide à sa discrétion. Enfin, il s'agit d'une affaire de corruption et les deux États sont parties à la Convention contre la corruption : selon son article 46(9)(b), Merendia accorde, lorsque cela est compatible avec les concepts fondamentaux de son système juridique, l'entraide non coercitive, comme l'extrait du registre du commerce et l'audition volontaire du témoin, même sans double incrimination. La double incrimination ne peut compter que pour les mesures coercitives, comme le gel et l'ordonnance de production, et elle est ici remplie.",
  ar: "لا. أولاً، تُقدَّر ازدواجية التجريم بالنظر إلى السلوك لا إلى اسم الجريمة: فدفع مبالغ لموظف عمومي مقابل عقد طرق وتمريرها عبر شركة واجهة يشكّل رشوة وغسلاً للأموال في قانون ميرينديا، حتى لو لم يعرف هذا القانون جريمة الإثراء غير المشروع. ثانياً، بموجب المادة 18(9) من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، فإن انعدام ازدواجية التجريم سبب يجوز لميرينديا أن ترفض على أساسه، لا سبب يلزمها بالرفض، ولها أن تقدم المساعدة وفق تقديرها. ثالثاً، القضية قضية فساد والدولتان طرفان في اتفاقية الأمم المتحدة لمكافحة الفساد: وبموجب المادة 46(9)(ب) منها تقدم ميرينديا، بما يتسق مع المفاهيم الأساسية لنظامها القانوني، المساعدة غير القسرية، مثل مستخرج السجل التجاري والاستماع الطوعي إلى الشاهد، حتى في غياب ازدواجية التجريم. ولا يكون لازدواجية التجريم أثر إلا في التدابير القسرية كالتجميد وأمر تقديم السجلات، وهي مستوفاة هنا.",
};

export const mlaBankRecordsFreezingScenario: ScenarioInput = {
  format: "comity.scenario",
  formatVersion: 1,
  id: "mla-bank-records-freezing",
  title: {
    en: "Bank records and a freeze: the Lindqvist account",
    fr: "Relevés bancaires et gel : le compte Lindqvist",
    ar: "السجلات المصرفية والتجميد: حساب ليندكفيست",
  },
  summary: {
    en: "Valdoria investigates bribes paid to a roads official and laundered through an account at Banque Aurelis in Merendia, a State with strict bank secrecy. The requesting team drafts an urgent request to freeze the account and obtain its records before the money leaves for Kastoria; the requested team decides what to do when its own judge is investigating staff of the same bank.",
    fr: "Valdoria enquête sur des pots-de-vin versés à un responsable des routes et blanchis par un compte de la Banque Aurelis en Merendia, État au secret bancaire strict. L'équipe requérante rédige une demande urgente de gel du compte et de production de ses relevés avant que les fonds ne partent pour la Kastoria ; l'équipe requise décide de la suite à donner alors que son propre juge enquête sur des employés de la même banque.",
    ar: "تحقق فالدوريا في رشاوى دُفعت لمسؤول في قطاع الطرق وغُسلت عبر حساب لدى مصرف أوريليس في ميرينديا، وهي دولة تأخذ بسرية مصرفية صارمة. يصوغ فريق الدولة الطالبة طلباً عاجلاً لتجميد الحساب والحصول على سجلاته قبل انتقال الأموال إلى كاستوريا، ويقرر فريق الدولة متلقية الطلب ما يفعله في حين يحقق قاضيه في موظفين لدى المصرف نفسه.",
  },
  caseType: "mla",
  level: "intermediate",
  durationMinutes: 150,
  mainLanguage: "en",
  languages: ["en", "fr", "ar"],
  objectives: [
    {
      id: "ask-bank-records",
      text: {
        en: "Ask for bank records and the tracing of proceeds as forms of assistance the Convention provides for.",
        fr: "Demander des relevés bancaires et le traçage du produit du crime, formes d'entraide prévues par la Convention.",
        ar: "طلب السجلات المصرفية وتتبع العائدات بوصفهما من أشكال المساعدة التي تنص عليها الاتفاقية.",
      },
      legalSource: "UNTOC art. 18(3)(f)-(g)",
    },
    {
      id: "complete-request",
      text: {
        en: "Draft a request with every content the Convention requires, including the purpose of the evidence.",
        fr: "Rédiger une demande comportant tout ce que la Convention exige, y compris la finalité des preuves.",
        ar: "صياغة طلب يتضمن كل ما تشترطه الاتفاقية، بما في ذلك الغرض من الأدلة.",
      },
      legalSource: "UNTOC art. 18(15)",
    },
    {
      id: "freeze-first",
      text: {
        en: "When assets are about to move, ask for the freeze first, give the urgency and its reasons, and ask for confidentiality.",
        fr: "Lorsque des avoirs sont sur le point d'être déplacés, demander d'abord le gel, motiver l'urgence et demander la confidentialité.",
        ar: "عندما تكون الأصول على وشك النقل، طلب التجميد أولاً، وبيان الاستعجال وأسبابه، وطلب السرية.",
      },
      legalSource: "UNTOC arts. 12-13, 18(3)(c), 18(20), 18(24)",
    },
    {
      id: "no-bank-secrecy-refusal",
      text: {
        en: "Know that bank secrecy is never a ground to refuse assistance.",
        fr: "Savoir que le secret bancaire n'est jamais un motif de refus de l'entraide.",
        ar: "إدراك أن السرية المصرفية ليست أبداً سبباً لرفض المساعدة.",
      },
      legalSource: "UNTOC art. 18(8)",
    },
    {
      id: "postpone-for-investigation",
      text: {
        en: "Postpone execution when it would interfere with an ongoing domestic investigation, and only for that time.",
        fr: "Différer l'exécution lorsqu'elle entraverait une enquête nationale en cours, et seulement le temps nécessaire.",
        ar: "تأجيل التنفيذ عندما يعرقل تحقيقاً وطنياً جارياً، وللمدة اللازمة فقط.",
      },
      legalSource: "UNTOC art. 18(25)",
    },
    {
      id: "consult-first",
      text: {
        en: "Consult the requesting State before refusing or postponing, to see whether assistance can be given on conditions.",
        fr: "Consulter l'État requérant avant de refuser ou de différer, pour voir si l'entraide peut être accordée sous conditions.",
        ar: "التشاور مع الدولة الطالبة قبل الرفض أو التأجيل، للنظر في إمكان تقديم المساعدة بشروط.",
      },
      legalSource: "UNTOC art. 18(26)",
    },
    {
      id: "dual-criminality-by-conduct",
      text: {
        en: "Assess dual criminality by conduct, and know that it cannot bar non-coercive assistance in a corruption case.",
        fr: "Apprécier la double incrimination au regard du comportement, et savoir qu'elle ne peut faire obstacle à l'entraide non coercitive dans une affaire de corruption.",
        ar: "تقدير ازدواجية التجريم بالنظر إلى السلوك، وإدراك أنها لا تحول دون المساعدة غير القسرية في قضايا الفساد.",
      },
      legalSource: "UNTOC art. 18(9); UNCAC art. 46(9)(b)",
    },
  ],
  states: [
    {
      id: "valdoria",
      name: { en: "Republic of Valdoria", fr: "République de Valdoria", ar: "جمهورية فالدوريا" },
      deathPenalty: false,
      extraditesNationals: false,
      limitationYears: 10,
      offences: [
        { id: "bribery", name: { en: "Bribery of a public official (Penal Code art. 221)", fr: "Corruption d'agent public (code pénal, art. 221)", ar: "رشوة موظف عمومي (المادة 221 من قانون العقوبات)" }, maxPenaltyYears: 10 },
        { id: "laundering", name: { en: "Laundering of the proceeds of crime (Penal Code art. 324)", fr: "Blanchiment du produit du crime (code pénal, art. 324)", ar: "غسل عائدات الجريمة (المادة 324 من قانون العقوبات)" }, maxPenaltyYears: 10 },
        { id: "illicit-enrichment", name: { en: "Illicit enrichment (Penal Code art. 312)", fr: "Enrichissement illicite (code pénal, art. 312)", ar: "الإثراء غير المشروع (المادة 312 من قانون العقوبات)" }, maxPenaltyYears: 7 },
      ],
      acceptedLanguages: ["en", "fr"],
      centralAuthority: {
        en: "Ministry of Justice of Valdoria, Directorate of International Cooperation in Criminal Matters",
        fr: "Ministère de la Justice de Valdoria, direction de la coopération internationale en matière pénale",
        ar: "وزارة العدل في فالدوريا، مديرية التعاون الدولي في المسائل الجنائية",
      },
      notes: {
        en: "Party to UNTOC and UNCAC. No bilateral treaty with Merendia: requests rest on UNTOC art. 18 and UNCAC art. 46.",
        fr: "Partie à la CTO et à la CNUCC. Aucun traité bilatéral avec Merendia : les demandes se fondent sur l'article 18 de la CTO et l'article 46 de la CNUCC.",
        ar: "طرف في اتفاقية الجريمة المنظمة واتفاقية مكافحة الفساد. لا توجد معاهدة ثنائية مع ميرينديا، فتستند الطلبات إلى المادة 18 من الأولى والمادة 46 من الثانية.",
      },
    },
    {
      id: "merendia",
      name: { en: "Principality of Merendia", fr: "Principauté de Merendia", ar: "إمارة ميرينديا" },
      deathPenalty: false,
      extraditesNationals: false,
      limitationYears: 10,
      offences: [
        { id: "bribery", name: { en: "Bribery of public officials, national or foreign (Criminal Code art. 160)", fr: "Corruption d'agents publics nationaux ou étrangers (code criminel, art. 160)", ar: "رشوة الموظفين العموميين الوطنيين أو الأجانب (المادة 160 من القانون الجنائي)" }, maxPenaltyYears: 10 },
        { id: "laundering", name: { en: "Money laundering (Criminal Code art. 305)", fr: "Blanchiment d'argent (code criminel, art. 305)", ar: "غسل الأموال (المادة 305 من القانون الجنائي)" }, maxPenaltyYears: 12 },
      ],
      acceptedLanguages: ["fr", "en", "ar"],
      centralAuthority: {
        en: "Directorate of Judicial Affairs of Merendia",
        fr: "Direction des services judiciaires de Merendia",
        ar: "مديرية الشؤون القضائية في ميرينديا",
      },
      notes: {
        en: "Party to UNTOC and UNCAC. Banking Secrecy Act 1974: disclosure only on the order of an investigating judge. No offence of illicit enrichment. Accepts requests in French, English or Arabic.",
        fr: "Partie à la CTO et à la CNUCC. Loi de 1974 sur le secret bancaire : communication uniquement sur ordonnance d'un juge d'instruction. Pas d'infraction d'enrichissement illicite. Accepte les demandes en français, en anglais ou en arabe.",
        ar: "طرف في اتفاقية الجريمة المنظمة واتفاقية مكافحة الفساد. قانون السرية المصرفية لعام 1974: لا يجوز الكشف إلا بأمر من قاضي التحقيق. لا يجرّم قانونها الإثراء غير المشروع. تقبل الطلبات بالفرنسية أو الإنكليزية أو العربية.",
      },
    },
    {
      id: "kastoria",
      name: { en: "Republic of Kastoria", fr: "République de Kastoria", ar: "جمهورية كاستوريا" },
      deathPenalty: false,
      extraditesNationals: true,
      acceptedLanguages: ["en"],
      centralAuthority: { en: "Attorney General's Chambers of Kastoria", fr: "Cabinet du procureur général de Kastoria", ar: "مكتب النائب العام في كاستوريا" },
      notes: {
        en: "Where the money is to be sent, to an account at Kastor Trust Bank. Not a party to UNCAC; tracing funds there would be slow.",
        fr: "Destination prévue des fonds, sur un compte de la Kastor Trust Bank. N'est pas partie à la CNUCC ; y suivre les fonds serait lent.",
        ar: "الوجهة المقررة للأموال، إلى حساب لدى بنك كاستور ترست. ليست طرفاً في اتفاقية مكافحة الفساد، وتتبع الأموال فيها سيكون بطيئاً.",
      },
    },
  ],
  roles: [
    {
      id: "valdoria-prosecutor",
      stateId: "valdoria",
      name: { en: "Anti-Corruption Prosecutor of Valdoria", fr: "Procureur anticorruption de Valdoria", ar: "المدعي العام لمكافحة الفساد في فالدوريا" },
      brief: {
        en: "You lead investigation PAC-2024-0317. You need the money frozen and the bank records in a form your court will admit.",
        fr: "Vous dirigez l'enquête PAC-2024-0317. Il vous faut le gel des fonds et des relevés bancaires sous une forme que votre tribunal admettra.",
        ar: "تدير التحقيق PAC-2024-0317. تحتاج إلى تجميد الأموال وإلى سجلات مصرفية بشكل تقبله محكمتك.",
      },
    },
    {
      id: "valdoria-central-authority",
      stateId: "valdoria",
      name: { en: "Central authority officer of Valdoria", fr: "Agent de l'autorité centrale de Valdoria", ar: "موظف السلطة المركزية في فالدوريا" },
      brief: {
        en: "You check the request against the Convention and Merendia's requirements, and send it by the right channel.",
        fr: "Vous vérifiez la demande au regard de la Convention et des exigences de Merendia, et l'envoyez par la bonne voie.",
        ar: "تتحقق من مطابقة الطلب للاتفاقية ولمتطلبات ميرينديا، وترسله عبر القناة الصحيحة.",
      },
    },
    {
      id: "merendia-central-authority",
      stateId: "merendia",
      name: { en: "Central authority officer of Merendia", fr: "Agent de l'autorité centrale de Merendia", ar: "موظف السلطة المركزية في ميرينديا" },
      brief: {
        en: "You receive Valdoria's request and propose the decision on it, with reasons.",
        fr: "Vous recevez la demande de Valdoria et proposez, motifs à l'appui, la décision à prendre.",
        ar: "تتلقى طلب فالدوريا وتقترح القرار بشأنه مع بيان الأسباب.",
      },
    },
    {
      id: "merendia-judge",
      stateId: "merendia",
      name: { en: "Financial investigating judge of Merendia", fr: "Juge d'instruction financier de Merendia", ar: "قاضي التحقيق المالي في ميرينديا" },
      brief: {
        en: "You order freezes and production orders under the Banking Secrecy Act, and you lead domestic case JI-FIN 24/052 on staff of Banque Aurelis.",
        fr: "Vous ordonnez les gels et les productions de pièces au titre de la loi sur le secret bancaire, et instruisez l'affaire nationale JI-FIN 24/052 visant des employés de la Banque Aurelis.",
        ar: "تأمر بالتجميد وبتقديم السجلات بموجب قانون السرية المصرفية، وتتولى التحقيق الوطني JI-FIN 24/052 بشأن موظفين في مصرف أوريليس.",
      },
    },
  ],
  teams: [
    { id: "requesting", stateId: "valdoria", name: { en: "Valdoria (requesting State)", fr: "Valdoria (État requérant)", ar: "فالدوريا (الدولة الطالبة)" }, roleIds: ["valdoria-prosecutor", "valdoria-central-authority"] },
    { id: "requested", stateId: "merendia", name: { en: "Merendia (requested State)", fr: "Merendia (État requis)", ar: "ميرينديا (الدولة متلقية الطلب)" }, roleIds: ["merendia-central-authority", "merendia-judge"] },
  ],
  documents: [
    {
      id: "valdoria-case-file",
      audience: { kind: "teams", teamIds: ["requesting"] },
      title: { en: "Investigation PAC-2024-0317: case summary", fr: "Enquête PAC-2024-0317 : résumé du dossier", ar: "التحقيق PAC-2024-0317: ملخص الملف" },
      body: {
        en: [
          "## Investigation PAC-2024-0317",
          "**Authority:** Office of the Anti-Corruption Prosecutor of Valdoria, Prosecutor Mira Castell.",
          "**Offences:** bribery of a public official (Penal Code art. 221), laundering (art. 324), illicit enrichment (art. 312).",
          "### Facts",
          "- In January 2022 Norgate Construction SA won the contract for the RN-14 bypass (EUR 48 million). The tender committee was chaired by **Adrian Vellan** (born 14 May 1971, Valdorian national, living in Port Ilen), then Deputy Director of the National Roads Agency.",
          "- Between March 2022 and November 2023 Norgate paid **EUR 2,350,000** in six transfers to account **AUR-0047-1182** at **Banque Aurelis SA**, Merendia City, held by **Lindqvist Advisory Ltd** (company no. MC-88213, Merendia), against invoices for \"consultancy\" that no one at Norgate can describe.",
          "- The Valdorian FIU reports that Lindqvist's nominee director is Ilse Morrow, a Merendian national, and that its beneficial owner is Adrian Vellan (a beneficial-ownership form seen by a Norgate employee).",
          "- Mr Vellan's declared salary cannot explain his new villa; this is why illicit enrichment is also under investigation.",
          "### What you need",
          "The account-opening file, the beneficial-ownership declaration, the statements and transfers since January 2022, certified so that a Valdorian court will admit them; and the balance kept for confiscation.",
        ].join("\n\n"),
        fr: [
          "## Enquête PAC-2024-0317",
          "**Autorité :** parquet anticorruption de Valdoria, procureure Mira Castell.",
          "**Infractions :** corruption d'agent public (code pénal, art. 221), blanchiment (art. 324), enrichissement illicite (art. 312).",
          "### Faits",
          "- En janvier 2022, Norgate Construction SA a obtenu le marché de la déviation RN-14 (48 millions EUR). La commission d'appel d'offres était présidée par **Adrian Vellan** (né le 14 mai 1971, de nationalité valdorienne, demeurant à Port-Ilen), alors directeur adjoint de l'Agence nationale des routes.",
          "- Entre mars 2022 et novembre 2023, Norgate a versé **2 350 000 EUR** en six virements sur le compte **AUR-0047-1182** de la **Banque Aurelis SA**, à Merendia-Ville, ouvert au nom de **Lindqvist Advisory Ltd** (société n° MC-88213, Merendia), contre des factures de « conseil » que personne chez Norgate ne sait décrire.",
          "- La cellule de renseignement financier de Valdoria indique que la dirigeante de paille de Lindqvist est Ilse Morrow, de nationalité merendienne, et que son bénéficiaire effectif est Adrian Vellan (formulaire de bénéficiaire effectif vu par un employé de Norgate).",
          "- Le salaire déclaré de M. Vellan ne peut expliquer sa nouvelle villa : d'où l'enquête également ouverte pour enrichissement illicite.",
          "### Ce qu'il vous faut",
          "Le dossier d'ouverture du compte, la déclaration de bénéficiaire effectif, les relevés et virements depuis janvier 2022, certifiés pour qu'un tribunal valdorien les admette ; et le solde conservé en vue de la confiscation.",
        ].join("\n\n"),
        ar: [
          "## التحقيق PAC-2024-0317",
          "**السلطة:** مكتب المدعي العام لمكافحة الفساد في فالدوريا، المدعية العامة ميرا كاستيل.",
          "**الجرائم:** رشوة موظف عمومي (المادة 221 من قانون العقوبات)، وغسل الأموال (المادة 324)، والإثراء غير المشروع (المادة 312).",
          "### الوقائع",
          "- في كانون الثاني/يناير 2022 فازت شركة نورغيت للإنشاءات (Norgate Construction SA) بعقد الطريق الالتفافي RN-14 (48 مليون يورو). وكان يرأس لجنة المناقصة **أدريان فيلان** (المولود في 14 أيار/مايو 1971، من مواطني فالدوريا، المقيم في بورت إيلين)، نائب مدير الوكالة الوطنية للطرق آنذاك.",
          "- في الفترة من آذار/مارس 2022 إلى تشرين الثاني/نوفمبر 2023 حوّلت نورغيت مبلغ **2,350,000 يورو** على ست دفعات إلى الحساب **AUR-0047-1182** لدى **مصرف أوريليس (Banque Aurelis SA)** في مدينة ميرينديا، المفتوح باسم **شركة ليندكفيست للاستشارات المحدودة (Lindqvist Advisory Ltd)** (الشركة رقم MC-88213، ميرينديا)، مقابل فواتير «استشارات» لا يستطيع أحد في نورغيت وصفها.",
          "- تفيد وحدة الاستخبارات المالية في فالدوريا بأن المديرة الصورية لليندكفيست هي إلسه مورو، من مواطني ميرينديا، وبأن المستفيد الحقيقي منها هو أدريان فيلان (استمارة مستفيد حقيقي اطلع عليها أحد موظفي نورغيت).",
          "- لا يفسر الراتب المصرّح به للسيد فيلان فيلته الجديدة، ولذلك يشمل التحقيق أيضاً الإثراء غير المشروع.",
          "### ما تحتاج إليه",
          "ملف فتح الحساب، وإقرار المستفيد الحقيقي، وكشوف الحساب والتحويلات منذ كانون الثاني/يناير 2022، مصدّقة بحيث تقبلها محكمة في فالدوريا؛ والإبقاء على الرصيد تمهيداً للمصادرة.",
        ].join("\n\n"),
      },
    },
    {
      id: "merendia-law",
      audience: { kind: "everyone" },
      title: { en: "Merendia: law extracts and cooperation requirements", fr: "Merendia : extraits de loi et exigences en matière d'entraide", ar: "ميرينديا: مقتطفات من القانون ومتطلبات التعاون" },
      body: {
        en: [
          "## Merendia: what a request needs",
          "- **Central authority:** Directorate of Judicial Affairs (UNTOC art. 18(13)). Urgent advance copies by secure e-mail are accepted if the original follows.",
          "- **Languages:** French, English or Arabic (art. 18(14)).",
          "- **Treaties:** party to UNTOC and UNCAC; no bilateral treaty with Valdoria.",
          "### Banking Secrecy Act 1974, art. 9",
          "> Bank employees shall not disclose information on clients, except on the order of an investigating judge, including an order made to execute a request for mutual legal assistance.",
          "### Code of Criminal Procedure, art. 87",
          "> The investigating judge may order the freezing of assets that may be the proceeds of an offence, for three months, renewable. A foreign request may be executed under this article.",
          "### Criminal Code",
          "- Art. 160: bribery of national or foreign public officials, up to 10 years.",
          "- Art. 305: money laundering, up to 12 years.",
          "- Merendian law has no offence of illicit enrichment.",
        ].join("\n\n"),
        fr: [
          "## Merendia : ce qu'une demande doit contenir",
          "- **Autorité centrale :** direction des services judiciaires (CTO, art. 18(13)). Les copies anticipées urgentes par courriel sécurisé sont acceptées si l'original suit.",
          "- **Langues :** français, anglais ou arabe (art. 18(14)).",
          "- **Traités :** partie à la CTO et à la CNUCC ; aucun traité bilatéral avec Valdoria.",
          "### Loi de 1974 sur le secret bancaire, art. 9",
          "> Les employés de banque ne divulguent aucune information sur les clients, sauf sur ordonnance d'un juge d'instruction, y compris une ordonnance rendue pour exécuter une demande d'entraide judiciaire.",
          "### Code de procédure pénale, art. 87",
          "> Le juge d'instruction peut ordonner le gel des avoirs susceptibles de constituer le produit d'une infraction, pour trois mois renouvelables. Une demande étrangère peut être exécutée sur le fondement du présent article.",
          "### Code criminel",
          "- Art. 160 : corruption d'agents publics nationaux ou étrangers, jusqu'à 10 ans.",
          "- Art. 305 : blanchiment d'argent, jusqu'à 12 ans.",
          "- Le droit merendien ne connaît pas l'infraction d'enrichissement illicite.",
        ].join("\n\n"),
        ar: [
          "## ميرينديا: ما يجب أن يتضمنه الطلب",
          "- **السلطة المركزية:** مديرية الشؤون القضائية (المادة 18(13) من اتفاقية الجريمة المنظمة). تُقبل النسخ المسبقة العاجلة بالبريد الإلكتروني المؤمَّن على أن يليها الأصل.",
          "- **اللغات:** الفرنسية أو الإنكليزية أو العربية (المادة 18(14)).",
          "- **المعاهدات:** طرف في اتفاقية الجريمة المنظمة واتفاقية مكافحة الفساد؛ لا توجد معاهدة ثنائية مع فالدوريا.",
          "### قانون السرية المصرفية لعام 1974، المادة 9",
          "> لا يجوز لموظفي المصارف إفشاء أي معلومات عن العملاء إلا بأمر من قاضي التحقيق، بما في ذلك الأمر الصادر تنفيذاً لطلب مساعدة قانونية متبادلة.",
          "### قانون الإجراءات الجنائية، المادة 87",
          "> لقاضي التحقيق أن يأمر بتجميد الأصول التي يُحتمل أن تكون من عائدات جريمة، لمدة ثلاثة أشهر قابلة للتجديد. ويجوز تنفيذ الطلب الأجنبي على أساس هذه المادة.",
          "### القانون الجنائي",
          "- المادة 160: رشوة الموظفين العموميين الوطنيين أو الأجانب، بعقوبة تصل إلى 10 سنوات.",
          "- المادة 305: غسل الأموال، بعقوبة تصل إلى 12 سنة.",
          "- لا يعرف قانون ميرينديا جريمة الإثراء غير المشروع.",
        ].join("\n\n"),
      },
    },
    {
      id: "merendia-domestic-case",
      audience: { kind: "teams", teamIds: ["requested"] },
      title: { en: "Domestic case JI-FIN 24/052 (restricted)", fr: "Affaire nationale JI-FIN 24/052 (diffusion restreinte)", ar: "القضية الوطنية JI-FIN 24/052 (توزيع محدود)" },
      body: {
        en: [
          "## Note of the financial investigating judge",
          "Since June I have been investigating **Tomas Reval**, relationship manager at Banque Aurelis, and two clients of his, for laundering (Criminal Code art. 305). The investigation is covert: neither Reval nor the bank knows of it.",
          "Searches of the bank's private-clients department and of Reval's home are planned **in 12 days**. Reval manages the Lindqvist Advisory Ltd relationship.",
          "At Banque Aurelis, a production order for several years of records is compiled by the account's relationship desk, that is by Reval. A freeze only needs a flag on the account, set by the general counsel under seal.",
        ].join("\n\n"),
        fr: [
          "## Note du juge d'instruction financier",
          "Depuis juin, j'instruis contre **Tomas Reval**, chargé de clientèle à la Banque Aurelis, et deux de ses clients, pour blanchiment (code criminel, art. 305). L'information est menée discrètement : ni Reval ni la banque n'en ont connaissance.",
          "Des perquisitions au département de la clientèle privée de la banque et au domicile de Reval sont prévues **dans 12 jours**. Reval gère la relation avec Lindqvist Advisory Ltd.",
          "À la Banque Aurelis, une ordonnance de production portant sur plusieurs années de relevés est exécutée par le service de la relation client du compte, c'est-à-dire par Reval. Un gel ne demande qu'un blocage du compte, posé sous scellé par le directeur juridique.",
        ].join("\n\n"),
        ar: [
          "## مذكرة قاضي التحقيق المالي",
          "أحقق منذ حزيران/يونيو مع **توماس ريفال**، مدير العلاقات مع العملاء في مصرف أوريليس، ومع اثنين من عملائه، بتهمة غسل الأموال (المادة 305 من القانون الجنائي). ويجري التحقيق بصورة سرية: لا يعلم به ريفال ولا المصرف.",
          "ومن المقرر تفتيش قسم العملاء الخاصين في المصرف ومنزل ريفال **بعد 12 يوماً**. وريفال هو من يدير العلاقة مع شركة ليندكفيست للاستشارات المحدودة.",
          "في مصرف أوريليس، يتولى مكتب العلاقة المسؤول عن الحساب، أي ريفال نفسه، إعداد ما يطلبه أمر تقديم سجلات عدة سنوات. أما التجميد فلا يتطلب سوى وضع قيد على الحساب، يضعه المستشار القانوني العام بصورة سرية.",
        ].join("\n\n"),
      },
    },
  ],
  phases: [
    { id: "briefing", title: { en: "Briefing and case files", fr: "Présentation et dossiers", ar: "الإحاطة وملفات القضية" }, startsAtMinutes: 0 },
    { id: "drafting", title: { en: "Drafting the request", fr: "Rédaction de la demande", ar: "صياغة الطلب" }, startsAtMinutes: 10 },
    { id: "execution", title: { en: "Merendia decides", fr: "Merendia décide", ar: "ميرينديا تقرر" }, startsAtMinutes: 60 },
    { id: "debrief", title: { en: "Dual criminality and debrief", fr: "Double incrimination et débriefing", ar: "ازدواجية التجريم واستخلاص الدروس" }, startsAtMinutes: 120 },
  ],
  injects: [
    {
      id: "transfer-ordered",
      title: { en: "FIU alert: the money is about to move", fr: "Alerte de la CRF : les fonds vont partir", ar: "تنبيه من وحدة الاستخبارات المالية: الأموال على وشك النقل" },
      body: {
        en: "The Valdorian FIU has just learnt from its Merendian counterpart that Lindqvist Advisory Ltd instructed Banque Aurelis this morning to transfer the whole balance of account AUR-0047-1182 (about EUR 1,900,000) to an account at Kastor Trust Bank, Kastoria. The bank will execute within 48 hours.",
        fr: "La CRF de Valdoria vient d'apprendre de son homologue merendienne que Lindqvist Advisory Ltd a ordonné ce matin à la Banque Aurelis de virer la totalité du solde du compte AUR-0047-1182 (environ 1 900 000 EUR) sur un compte de la Kastor Trust Bank, en Kastoria. La banque exécutera dans les 48 heures.",
        ar: "علمت وحدة الاستخبارات المالية في فالدوريا للتو من نظيرتها في ميرينديا أن شركة ليندكفيست للاستشارات المحدودة أمرت مصرف أوريليس صباح اليوم بتحويل كامل رصيد الحساب AUR-0047-1182 (نحو 1,900,000 يورو) إلى حساب لدى بنك كاستور ترست في كاستوريا. وسينفذ المصرف الأمر خلال 48 ساعة.",
      },
      release: { kind: "at", offsetMinutes: 25 },
      audience: { kind: "teams", teamIds: ["requesting"] },
    },
    {
      id: "request-received",
      title: { en: "Valdoria's request has arrived", fr: "La demande de Valdoria est arrivée", ar: "وصل طلب فالدوريا" },
      body: {
        en: "The Directorate of Judicial Affairs has received Valdoria's request PAC-2024-0317, complete under UNTOC art. 18(15): it names the authority, the case, the facts, the persons and the purpose, and asks (1) urgently, to freeze account AUR-0047-1182 at Banque Aurelis and (2) for certified records of the account since January 2022. On the advance copy, the financial investigating judge froze the account yesterday under Code of Criminal Procedure art. 87, through the general counsel under seal: the money can no longer move. The remaining question is the records.",
        fr: "La direction des services judiciaires a reçu la demande PAC-2024-0317 de Valdoria, complète au regard de l'article 18(15) de la CTO : elle indique l'autorité, l'affaire, les faits, les personnes et la finalité, et demande (1) en urgence, le gel du compte AUR-0047-1182 à la Banque Aurelis et (2) les relevés certifiés du compte depuis janvier 2022. Sur la copie anticipée, le juge d'instruction financier a gelé le compte hier sur le fondement de l'article 87 du code de procédure pénale, par l'intermédiaire du directeur juridique et sous scellé : les fonds ne peuvent plus partir. Reste la question des relevés.",
        ar: "تلقت مديرية الشؤون القضائية طلب فالدوريا PAC-2024-0317، وهو مكتمل وفقاً للمادة 18(15) من اتفاقية الجريمة المنظمة: يحدد السلطة والقضية والوقائع والأشخاص والغرض، ويطلب (1) على وجه الاستعجال تجميد الحساب AUR-0047-1182 لدى مصرف أوريليس، و(2) سجلات الحساب المصدّقة منذ كانون الثاني/يناير 2022. وبناءً على النسخة المسبقة، جمّد قاضي التحقيق المالي الحساب أمس بموجب المادة 87 من قانون الإجراءات الجنائية، عن طريق المستشار القانوني العام وبصورة سرية، فلم يعد بالإمكان نقل الأموال. وتبقى مسألة السجلات.",
      },
      release: { kind: "phase-start", phaseId: "execution" },
      audience: { kind: "teams", teamIds: ["requested"] },
    },
    {
      id: "bank-counsel-letter",
      title: { en: "Letter from Banque Aurelis", fr: "Lettre de la Banque Aurelis", ar: "رسالة من مصرف أوريليس" },
      body: {
        en: "The general counsel of Banque Aurelis writes to the judge: \"Our clients rely on Merendian bank secrecy. We trust that no foreign authority will receive any document about our clients.\"",
        fr: "Le directeur juridique de la Banque Aurelis écrit au juge : « Nos clients comptent sur le secret bancaire merendien. Nous ne doutons pas qu'aucune autorité étrangère ne recevra de document concernant nos clients. »",
        ar: "كتب المستشار القانوني العام لمصرف أوريليس إلى القاضي: «يعتمد عملاؤنا على السرية المصرفية في ميرينديا، ونثق بأن أي سلطة أجنبية لن تتلقى أي مستند يتعلق بعملائنا».",
      },
      release: { kind: "manual" },
      audience: { kind: "roles", roleIds: ["merendia-judge"] },
    },
    {
      id: "more-information-asked",
      title: { en: "Merendia asks for more information", fr: "Merendia demande des informations complémentaires", ar: "ميرينديا تطلب معلومات إضافية" },
      body: {
        en: "The Merendian central authority writes under UNTOC art. 18(16): \"Your request does not let us act. Which bank and account, which amounts, and what is the evidence for? Our judge cannot order a search of every bank in Merendia.\" Every hour now counts before the transfer.",
        fr: "L'autorité centrale merendienne écrit au titre de l'article 18(16) de la CTO : « Votre demande ne nous permet pas d'agir. Quelle banque, quel compte, quels montants, et à quoi serviront les preuves ? Notre juge ne peut ordonner des recherches dans toutes les banques de Merendia. » Chaque heure compte désormais avant le virement.",
        ar: "كتبت السلطة المركزية في ميرينديا استناداً إلى المادة 18(16) من اتفاقية الجريمة المنظمة: «لا يتيح لنا طلبكم اتخاذ أي إجراء. أي مصرف وأي حساب وأي مبالغ، وما الغرض من الأدلة؟ لا يستطيع قاضينا أن يأمر بالبحث في كل مصارف ميرينديا». وكل ساعة باتت مهمة قبل التحويل.",
      },
      release: { kind: "condition", taskId: "draft-request", when: { kind: "score-below", percent: 70 } },
      audience: { kind: "teams", teamIds: ["requesting"] },
    },
    {
      id: "valdoria-objects",
      title: { en: "Valdoria objects to the refusal", fr: "Valdoria conteste le refus", ar: "فالدوريا تعترض على الرفض" },
      body: {
        en: "Valdoria's central authority replies: \"UNTOC art. 18(8) says States Parties shall not decline assistance on the ground of bank secrecy, and art. 18(26) required you to consult us first. Please reconsider.\"",
        fr: "L'autorité centrale de Valdoria répond : « L'article 18(8) de la CTO interdit aux États parties d'invoquer le secret bancaire pour refuser l'entraide, et l'article 18(26) vous imposait de nous consulter d'abord. Merci de réexaminer la demande. »",
        ar: "ردّت السلطة المركزية في فالدوريا: «تنص المادة 18(8) من اتفاقية الجريمة المنظمة على ألا ترفض الدول الأطراف تقديم المساعدة بحجة السرية المصرفية، وكانت المادة 18(26) توجب عليكم التشاور معنا أولاً. نرجو إعادة النظر».",
      },
      release: { kind: "condition", taskId: "decide-on-request", when: { kind: "decision-is", optionId: "refuse-bank-secrecy" } },
      audience: { kind: "teams", teamIds: ["requested"] },
    },
    {
      id: "debrief-question",
      title: { en: "A colleague's view on illicit enrichment", fr: "L'avis d'un collègue sur l'enrichissement illicite", ar: "رأي زميل بشأن الإثراء غير المشروع" },
      body: {
        en: "Valdoria also asks for an extract of the company register on Lindqvist Advisory Ltd and for the voluntary interview of a Norgate accountant living in Merendia. A Merendian colleague says: \"The request mentions illicit enrichment, which is not an offence here. No dual criminality, so we must refuse all of it.\"",
        fr: "Valdoria demande aussi un extrait du registre du commerce sur Lindqvist Advisory Ltd et l'audition volontaire d'un comptable de Norgate qui vit en Merendia. Un collègue merendien affirme : « La demande vise l'enrichissement illicite, qui n'est pas une infraction chez nous. Pas de double incrimination : nous devons tout refuser. »",
        ar: "تطلب فالدوريا أيضاً مستخرجاً من السجل التجاري بشأن شركة ليندكفيست للاستشارات المحدودة، والاستماع الطوعي إلى محاسب في نورغيت يقيم في ميرينديا. ويقول زميل من ميرينديا: «يشير الطلب إلى الإثراء غير المشروع، وهو ليس جريمة عندنا. لا ازدواجية في التجريم، فيجب أن نرفض الطلب كله».",
      },
      release: { kind: "phase-start", phaseId: "debrief" },
      audience: { kind: "everyone" },
    },
  ],
  deadlines: [
    { id: "request-due", label: { en: "Request sent to Merendia", fr: "Demande envoyée à Merendia", ar: "إرسال الطلب إلى ميرينديا" }, atMinutes: 50, legalSource: "UNTOC art. 18(13), 18(24)" },
    { id: "decision-due", label: { en: "Merendia's decision on the request", fr: "Décision de Merendia sur la demande", ar: "قرار ميرينديا بشأن الطلب" }, atMinutes: 110, legalSource: "UNTOC art. 18(24)-(26)" },
    { id: "answer-due", label: { en: "Answer on dual criminality", fr: "Réponse sur la double incrimination", ar: "الإجابة بشأن ازدواجية التجريم" }, atMinutes: 140 },
  ],
  traps: [
    {
      id: "bank-secrecy-refusal",
      name: { en: "Refusing on bank secrecy", fr: "Refuser au nom du secret bancaire", ar: "الرفض بحجة السرية المصرفية" },
      explanation: {
        en: "Merendia's Banking Secrecy Act and the bank's letter invite a refusal. But States Parties shall not decline assistance on the ground of bank secrecy, and the Act itself allows disclosure on a judge's order.",
        fr: "La loi merendienne sur le secret bancaire et la lettre de la banque invitent au refus. Mais les États parties ne peuvent refuser l'entraide en invoquant le secret bancaire, et la loi elle-même permet la communication sur ordonnance d'un juge.",
        ar: "يغري قانون السرية المصرفية في ميرينديا ورسالة المصرف بالرفض. غير أنه لا يجوز للدول الأطراف رفض المساعدة بحجة السرية المصرفية، والقانون نفسه يجيز الكشف بأمر من القاضي.",
      },
      legalSource: "UNTOC art. 18(8)",
    },
    {
      id: "dual-criminality",
      name: { en: "Dual criminality by the offence's name", fr: "Double incrimination selon la qualification", ar: "ازدواجية التجريم بحسب اسم الجريمة" },
      explanation: {
        en: "Illicit enrichment is unknown in Merendia, but the conduct is bribery and laundering there. Absence of dual criminality is only an optional ground, and non-coercive assistance must be given in a corruption case.",
        fr: "L'enrichissement illicite est inconnu en Merendia, mais le comportement y constitue une corruption et un blanchiment. L'absence de double incrimination n'est qu'un motif facultatif, et l'entraide non coercitive est due dans une affaire de corruption.",
        ar: "لا يعرف قانون ميرينديا الإثراء غير المشروع، لكن السلوك يشكّل فيها رشوة وغسلاً للأموال. وانعدام ازدواجية التجريم سبب جوازي فقط، والمساعدة غير القسرية واجبة في قضايا الفساد.",
      },
      legalSource: "UNTOC art. 18(9); UNCAC art. 46(9)(b)",
    },
    {
      id: "fishing-request",
      name: { en: "Fishing request", fr: "Demande exploratoire", ar: "طلب استكشافي عشوائي" },
      explanation: {
        en: "A request for \"all accounts at all banks\" without a bank, an account, facts linking them to the offence or a stated purpose cannot be executed: the judge has nothing to order.",
        fr: "Une demande visant « tous les comptes dans toutes les banques », sans banque, compte, faits les rattachant à l'infraction ni finalité, est inexécutable : le juge n'a rien à ordonner.",
        ar: "الطلب الذي يشمل «كل الحسابات في كل المصارف» من دون تحديد مصرف أو حساب أو وقائع تربطهما بالجريمة أو غرض معلن لا يمكن تنفيذه: إذ لا يجد القاضي ما يأمر به.",
      },
      legalSource: "UNTOC art. 18(15)(c), (f)",
    },
    {
      id: "urgency-confidentiality",
      name: { en: "Assets about to move", fr: "Avoirs sur le point d'être déplacés", ar: "أصول على وشك النقل" },
      explanation: {
        en: "The balance leaves for Kastoria within 48 hours. The request must ask for the freeze first, say why it is urgent and by when, ask that the account holder not be told, and go at once by a fast channel with the original to follow.",
        fr: "Le solde part pour la Kastoria dans les 48 heures. La demande doit solliciter d'abord le gel, dire pourquoi c'est urgent et pour quand, demander que le titulaire du compte ne soit pas informé, et partir aussitôt par une voie rapide, l'original suivant.",
        ar: "سينتقل الرصيد إلى كاستوريا خلال 48 ساعة. فيجب أن يطلب الطلب التجميد أولاً، وأن يبيّن سبب الاستعجال وموعده، وأن يطلب عدم إبلاغ صاحب الحساب، وأن يُرسل فوراً عبر قناة سريعة على أن يليه الأصل.",
      },
      legalSource: "UNTOC art. 18(13)-(14), 18(20), 18(24)",
    },
  ],
  tasks: [
    {
      id: "draft-request",
      kind: "mla-request",
      title: { en: "Draft Valdoria's request to Merendia", fr: "Rédiger la demande de Valdoria à Merendia", ar: "صياغة طلب فالدوريا إلى ميرينديا" },
      instructions: {
        en: "Draft the mutual legal assistance request to Merendia for the records of the Lindqvist account and the freezing of its balance. Fill in each part of the request. Send it before the deadline.",
        fr: "Rédigez la demande d'entraide judiciaire à Merendia portant sur les relevés du compte Lindqvist et le gel de son solde. Remplissez chaque partie de la demande. Envoyez-la avant l'échéance.",
        ar: "صُغ طلب المساعدة القانونية المتبادلة إلى ميرينديا للحصول على سجلات حساب ليندكفيست وتجميد رصيده. املأ كل جزء من أجزاء الطلب، وأرسله قبل انقضاء المهلة.",
      },
      assignedTo: { kind: "teams", teamIds: ["requesting"] },
      phaseId: "drafting",
      deadlineId: "request-due",
      rubric: {
        passPercent: 70,
        criteria: [
          element("mla.authority", 2, "UNTOC art. 18(15)(a)", {
            en: "Name the authority making the request (UNTOC art. 18(15)(a)).",
            fr: "Indiquez l'autorité dont émane la demande (CTO, art. 18(15)(a)).",
            ar: "حدّد السلطة التي تقدم الطلب (المادة 18(15)(أ) من الاتفاقية).",
          }),
          element("mla.subject", 2, "UNTOC art. 18(15)(b)", {
            en: "State the subject and nature of the investigation and the authority conducting it (UNTOC art. 18(15)(b)).",
            fr: "Indiquez l'objet et la nature de l'enquête et l'autorité qui la conduit (CTO, art. 18(15)(b)).",
            ar: "بيّن موضوع التحقيق وطبيعته والسلطة التي تجريه (المادة 18(15)(ب) من الاتفاقية).",
          }),
          element("mla.facts", 2, "UNTOC art. 18(15)(c)", {
            en: "Summarise the facts that link the account to the offence (UNTOC art. 18(15)(c)).",
            fr: "Résumez les faits qui rattachent le compte à l'infraction (CTO, art. 18(15)(c)).",
            ar: "لخّص الوقائع التي تربط الحساب بالجريمة (المادة 18(15)(ج) من الاتفاقية).",
          }),
          element("mla.assistance", 2, "UNTOC art. 18(3)(c), (f), 18(15)(d)", {
            en: "Describe the assistance sought, the freeze first and then the certified records, and any procedure to follow (UNTOC art. 18(3), 18(15)(d), 18(17)).",
            fr: "Décrivez l'entraide demandée, d'abord le gel puis les relevés certifiés, et toute procédure à suivre (CTO, art. 18(3), 18(15)(d), 18(17)).",
            ar: "صف المساعدة المطلوبة، التجميد أولاً ثم السجلات المصدّقة، وأي إجراء يتعين اتباعه (المادة 18(3) و18(15)(د) و18(17) من الاتفاقية).",
          }),
          element("mla.persons", 1, "UNTOC art. 18(15)(e)", {
            en: "Identify the suspect, the account holder and its director, with nationality and location (UNTOC art. 18(15)(e)).",
            fr: "Identifiez le suspect, le titulaire du compte et sa dirigeante, avec nationalité et adresse (CTO, art. 18(15)(e)).",
            ar: "حدّد هوية المشتبه فيه وصاحب الحساب ومديرته، مع الجنسية ومكان الإقامة (المادة 18(15)(هـ) من الاتفاقية).",
          }),
          element("mla.purpose", 2, "UNTOC art. 18(15)(f)", {
            en: "Say what the records and the freeze are for: without a purpose the request reads as fishing (UNTOC art. 18(15)(f)).",
            fr: "Dites à quoi servent les relevés et le gel : sans finalité, la demande paraît exploratoire (CTO, art. 18(15)(f)).",
            ar: "بيّن الغرض من السجلات ومن التجميد، فبدون غرض يبدو الطلب استكشافياً عشوائياً (المادة 18(15)(و) من الاتفاقية).",
          }),
          element("mla.language", 1, "UNTOC art. 18(14)", {
            en: "Make the request in writing, in a language Merendia accepts (UNTOC art. 18(14)).",
            fr: "Faites la demande par écrit, dans une langue acceptée par Merendia (CTO, art. 18(14)).",
            ar: "قدّم الطلب كتابةً بلغة تقبلها ميرينديا (المادة 18(14) من الاتفاقية).",
          }),
          element("mla.channel", 1, "UNTOC art. 18(13)", {
            en: "Send it to Merendia's central authority, with an advance copy given the urgency (UNTOC art. 18(13)-(14)).",
            fr: "Adressez-la à l'autorité centrale de Merendia, avec une copie anticipée vu l'urgence (CTO, art. 18(13)-(14)).",
            ar: "أرسله إلى السلطة المركزية في ميرينديا، مع نسخة مسبقة نظراً إلى الاستعجال (المادة 18(13)-(14) من الاتفاقية).",
          }),
          element("mla.confidentiality", 1, "UNTOC art. 18(20)", {
            en: "Ask that the request be kept confidential so the account holder is not alerted (UNTOC art. 18(20)).",
            fr: "Demandez la confidentialité pour que le titulaire du compte ne soit pas alerté (CTO, art. 18(20)).",
            ar: "اطلب الحفاظ على سرية الطلب حتى لا يُنبَّه صاحب الحساب (المادة 18(20) من الاتفاقية).",
          }),
          {
            id: "account-identified",
            kind: "key-facts",
            weight: 3,
            legalSource: "UNTOC art. 18(15)(c)-(e)",
            feedback: {
              en: "Give the bank, the account number, the account holder, the amounts and the suspect: the judge can only order what the request identifies (UNTOC art. 18(15)(c)-(e)).",
              fr: "Indiquez la banque, le numéro de compte, le titulaire, les montants et le suspect : le juge ne peut ordonner que ce que la demande identifie (CTO, art. 18(15)(c)-(e)).",
              ar: "اذكر المصرف ورقم الحساب وصاحبه والمبالغ والمشتبه فيه، فالقاضي لا يأمر إلا بما يحدده الطلب (المادة 18(15)(ج)-(هـ) من الاتفاقية).",
            },
            facts: [
              { id: "bank", terms: { en: ["aurelis"], fr: ["aurelis"], ar: ["aurelis", "أوريليس", "اوريليس"] } },
              { id: "account-number", terms: { en: ["0047-1182", "00471182"], fr: ["0047-1182", "00471182"], ar: ["0047-1182", "00471182"] } },
              { id: "account-holder", terms: { en: ["lindqvist"], fr: ["lindqvist"], ar: ["lindqvist", "ليندكفيست"] } },
              { id: "amount", terms: { en: ["2,350,000", "2.35 million", "2350000"], fr: ["2 350 000", "2.350.000", "2,35 million", "2350000"], ar: ["2,350,000", "2.350.000", "2350000", "٢٬٣٥٠٬٠٠٠"] } },
              { id: "suspect", terms: { en: ["vellan"], fr: ["vellan"], ar: ["vellan", "فيلان"] } },
            ],
          },
          {
            id: "urgency-reasons",
            kind: "key-facts",
            weight: 3,
            legalSource: "UNTOC art. 18(24)",
            feedback: {
              en: "Give the reasons for the urgency: the ordered transfer to Kastoria, the 48 hours left, and the freeze that must come first (UNTOC art. 18(24)).",
              fr: "Motivez l'urgence : le virement ordonné vers la Kastoria, les 48 heures restantes, et le gel qui doit venir en premier (CTO, art. 18(24)).",
              ar: "بيّن أسباب الاستعجال: التحويل المأمور به إلى كاستوريا، والساعات الثماني والأربعون المتبقية، والتجميد الذي يجب أن يأتي أولاً (المادة 18(24) من الاتفاقية).",
            },
            facts: [
              { id: "onward-transfer", terms: { en: ["kastoria", "kastor trust"], fr: ["kastoria", "kastor trust"], ar: ["kastoria", "كاستوريا", "كاستور"] } },
              { id: "hours-left", terms: { en: ["48 hours", "48-hour", "forty-eight hours"], fr: ["48 heures", "quarante-huit heures"], ar: ["48 ساعة", "٤٨ ساعة", "ثمان وأربعين ساعة", "ثماني وأربعين ساعة"] } },
              { id: "freeze", terms: { en: ["freez"], fr: ["geler", "gel du", "gel des", "le gel", "blocage", "bloquer"], ar: ["تجميد", "التجميد"] } },
            ],
          },
          {
            id: "no-fishing",
            kind: "trap-avoided",
            trapId: "fishing-request",
            weight: 2,
            legalSource: "UNTOC art. 18(15)(f)",
            feedback: {
              en: "Asking for every account at every bank, with no purpose, is a fishing request Merendia cannot execute: target the account and say what the evidence is for (UNTOC art. 18(15)(c), (f)).",
              fr: "Demander tous les comptes dans toutes les banques, sans finalité, est une demande exploratoire inexécutable : visez le compte et dites à quoi servira la preuve (CTO, art. 18(15)(c), (f)).",
              ar: "طلب كل الحسابات في كل المصارف بلا غرض طلب استكشافي لا يمكن لميرينديا تنفيذه: حدّد الحساب وبيّن الغرض من الدليل (المادة 18(15)(ج) و(و) من الاتفاقية).",
            },
            signs: {
              en: ["all banks", "every bank", "any bank in merendia", "all financial institutions", "all accounts in merendia", "all accounts held in merendia", "any account in merendia"],
              fr: ["toutes les banques", "tous les etablissements", "tous les comptes ouverts en merendia", "tous les comptes detenus en merendia", "tout compte ouvert en merendia"],
              ar: ["جميع البنوك", "كافة البنوك", "جميع المصارف", "كافة المصارف", "كل المصارف", "كل البنوك"],
            },
            remedy: {
              en: ["purpose", "in order to", "needed to"],
              fr: ["finalite", "afin de", "en vue de", "aux fins"],
              ar: ["الغرض", "بهدف", "لغرض"],
            },
          },
          {
            id: "urgency-stated",
            kind: "trap-avoided",
            trapId: "urgency-confidentiality",
            weight: 3,
            legalSource: "UNTOC art. 18(24)",
            feedback: {
              en: "The money leaves within 48 hours: mark the request urgent, ask for the freeze first, and use a fast channel with the original to follow (UNTOC art. 18(13)-(14), 18(24)).",
              fr: "Les fonds partent dans les 48 heures : signalez l'urgence, demandez d'abord le gel et utilisez une voie rapide, l'original suivant (CTO, art. 18(13)-(14), 18(24)).",
              ar: "ستنتقل الأموال خلال 48 ساعة: صِف الطلب بأنه عاجل، واطلب التجميد أولاً، واستخدم قناة سريعة على أن يليها الأصل (المادة 18(13)-(14) و18(24) من الاتفاقية).",
            },
            remedy: { en: ["urgent", "urgency"], fr: ["urgent", "urgence"], ar: ["عاجل", "استعجال"] },
          },
          {
            id: "sent-in-time",
            kind: "on-time",
            deadlineId: "request-due",
            weight: 1,
            legalSource: "UNTOC art. 18(24)",
            feedback: {
              en: "A late request lets the money leave: send it before the deadline (UNTOC art. 18(24)).",
              fr: "Une demande tardive laisse partir les fonds : envoyez-la avant l'échéance (CTO, art. 18(24)).",
              ar: "الطلب المتأخر يسمح بانتقال الأموال: أرسله قبل انقضاء المهلة (المادة 18(24) من الاتفاقية).",
            },
          },
        ],
      },
      modelAnswer: { text: MODEL_REQUEST },
    },
    {
      id: "decide-on-request",
      kind: "decision",
      title: { en: "Decide on Valdoria's request", fr: "Décider de la suite à donner à la demande de Valdoria", ar: "البت في طلب فالدوريا" },
      instructions: {
        en: "The account is frozen. Decide what Merendia does with the request for the records, and give your reasons as you would to Valdoria.",
        fr: "Le compte est gelé. Décidez de la suite que Merendia donne à la demande de relevés, et motivez votre décision comme vous le feriez à l'égard de Valdoria.",
        ar: "الحساب مجمّد. قرّر ما تفعله ميرينديا بطلب السجلات، وبيّن أسبابك كما لو كنت تخاطب فالدوريا.",
      },
      assignedTo: { kind: "teams", teamIds: ["requested"] },
      phaseId: "execution",
      deadlineId: "decision-due",
      options: [
        { id: "execute-now", label: { en: "Order the bank to produce the records now and send them to Valdoria", fr: "Ordonner à la banque de produire les relevés maintenant et les transmettre à Valdoria", ar: "أمر المصرف بتقديم السجلات الآن وإرسالها إلى فالدوريا" } },
        { id: "refuse-bank-secrecy", label: { en: "Refuse: the Banking Secrecy Act protects the records", fr: "Refuser : la loi sur le secret bancaire protège les relevés", ar: "الرفض: قانون السرية المصرفية يحمي السجلات" } },
        { id: "refuse-dual-criminality", label: { en: "Refuse: illicit enrichment is not an offence in Merendia", fr: "Refuser : l'enrichissement illicite n'est pas une infraction en Merendia", ar: "الرفض: الإثراء غير المشروع ليس جريمة في ميرينديا" } },
        { id: "ask-more-information", label: { en: "Ask Valdoria for more information before deciding", fr: "Demander des informations complémentaires à Valdoria avant de décider", ar: "طلب معلومات إضافية من فالدوريا قبل البت" } },
        {
          id: "postpone-after-consultation",
          label: {
            en: "Keep the freeze, consult Valdoria, and postpone the records until the domestic searches are done",
            fr: "Maintenir le gel, consulter Valdoria et différer les relevés jusqu'à la fin des perquisitions nationales",
            ar: "الإبقاء على التجميد، والتشاور مع فالدوريا، وتأجيل السجلات إلى حين انتهاء عمليات التفتيش الوطنية",
          },
        },
      ],
      rubric: {
        passPercent: 70,
        criteria: [
          {
            id: "right-choice",
            kind: "decision",
            optionId: "postpone-after-consultation",
            weight: 4,
            legalSource: "UNTOC art. 18(25)-(26)",
            feedback: {
              en: "Producing the records now would alert a suspect in Merendia's own investigation; the request is complete and neither bank secrecy nor dual criminality is a ground here. Postpone, after consulting Valdoria, for as long as the searches need (UNTOC art. 18(8), 18(25)-(26)).",
              fr: "Produire les relevés maintenant alerterait un suspect de l'enquête merendienne ; la demande est complète et ni le secret bancaire ni la double incrimination ne sont des motifs ici. Différez, après avoir consulté Valdoria, le temps nécessaire aux perquisitions (CTO, art. 18(8), 18(25)-(26)).",
              ar: "تقديم السجلات الآن سينبّه مشتبهاً فيه في تحقيق ميرينديا نفسها؛ والطلب مكتمل، ولا السرية المصرفية ولا ازدواجية التجريم سبب هنا. أجّل التنفيذ بعد التشاور مع فالدوريا للمدة التي يحتاج إليها التفتيش (المادة 18(8) و18(25)-(26) من الاتفاقية).",
            },
          },
          {
            id: "ground-named",
            kind: "justification",
            weight: 2,
            legalSource: "UNTOC art. 18(25)",
            feedback: {
              en: "Name the ground for postponing: execution would interfere with an ongoing domestic investigation (UNTOC art. 18(25)).",
              fr: "Nommez le motif du report : l'exécution entraverait une enquête nationale en cours (CTO, art. 18(25)).",
              ar: "اذكر سبب التأجيل: التنفيذ سيعرقل تحقيقاً وطنياً جارياً (المادة 18(25) من الاتفاقية).",
            },
            ground: {
              en: ["ongoing investigation", "domestic investigation", "ongoing domestic", "18(25)", "interfere with"],
              fr: ["enquete en cours", "information judiciaire en cours", "enquete nationale", "18(25)", "entraverait", "entraver"],
              ar: ["التحقيق الجاري", "تحقيق جار", "التحقيق الوطني", "تحقيقا جاريا", "18(25)", "يعرقل"],
            },
          },
          {
            id: "consultation-named",
            kind: "justification",
            weight: 2,
            legalSource: "UNTOC art. 18(26)",
            feedback: {
              en: "Consult Valdoria before postponing, to see whether assistance can be given in part or on conditions (UNTOC art. 18(26)).",
              fr: "Consultez Valdoria avant de différer, pour voir si l'entraide peut être accordée en partie ou sous conditions (CTO, art. 18(26)).",
              ar: "تشاور مع فالدوريا قبل التأجيل، للنظر في إمكان تقديم المساعدة جزئياً أو بشروط (المادة 18(26) من الاتفاقية).",
            },
            ground: { en: ["consult"], fr: ["consult"], ar: ["تشاور", "مشاور"] },
          },
          {
            id: "no-bank-secrecy-refusal",
            kind: "trap-avoided",
            trapId: "bank-secrecy-refusal",
            weight: 2,
            legalSource: "UNTOC art. 18(8)",
            feedback: {
              en: "Bank secrecy is never a ground to refuse assistance, and Merendia's own Act allows disclosure on a judge's order (UNTOC art. 18(8)).",
              fr: "Le secret bancaire n'est jamais un motif de refus de l'entraide, et la loi merendienne elle-même permet la communication sur ordonnance d'un juge (CTO, art. 18(8)).",
              ar: "السرية المصرفية ليست أبداً سبباً لرفض المساعدة، وقانون ميرينديا نفسه يجيز الكشف بأمر من القاضي (المادة 18(8) من الاتفاقية).",
            },
            // Affirmative phrases only: a correct answer says "bank secrecy is not a ground for refusal", and
            // a sign such as "refuse ... on the ground of bank secrecy" would also match "may not refuse ...".
            signs: {
              en: [
                "bank secrecy prevents",
                "bank secrecy prohibits",
                "bank secrecy forbids",
                "bank secrecy bars",
                "banking secrecy prevents",
                "banking secrecy prohibits",
                "secrecy act prohibits",
                "secrecy act prevents",
                "secrecy act forbids",
                "secrecy law prohibits",
                "secrecy law prevents",
                "refuses on the ground of bank secrecy",
                "is refused on the ground of bank secrecy",
                "is refused because of bank secrecy",
              ],
              fr: [
                "secret bancaire interdit",
                "secret bancaire empeche",
                "secret bancaire fait obstacle",
                "secret bancaire nous interdit",
                "secret bancaire nous empeche",
                "est refusee en raison du secret bancaire",
                "est rejetee en raison du secret bancaire",
                "est refusee au nom du secret bancaire",
              ],
              ar: ["السرية المصرفية تحول دون", "السر المصرفي يحول دون", "السرية المصرفية تمنع", "السر المصرفي يمنع", "السرية المصرفية تحظر", "السر المصرفي يحظر"],
            },
          },
          {
            id: "decided-in-time",
            kind: "on-time",
            deadlineId: "decision-due",
            weight: 1,
            legalSource: "UNTOC art. 18(24)",
            feedback: {
              en: "Answer Valdoria promptly and keep it informed of progress (UNTOC art. 18(24)).",
              fr: "Répondez rapidement à Valdoria et tenez-la informée de l'avancement (CTO, art. 18(24)).",
              ar: "ردّ على فالدوريا بسرعة وأبقها على علم بسير التنفيذ (المادة 18(24) من الاتفاقية).",
            },
          },
        ],
      },
      modelAnswer: { text: MODEL_DECISION, optionId: "postpone-after-consultation" },
    },
    {
      id: "dual-criminality-question",
      kind: "short-answer",
      title: { en: "Must Merendia refuse for lack of dual criminality?", fr: "Merendia doit-elle refuser faute de double incrimination ?", ar: "هل يجب على ميرينديا الرفض لانعدام ازدواجية التجريم؟" },
      instructions: {
        en: "Is your colleague right that Merendia must refuse the register extract and the voluntary interview because illicit enrichment is not an offence in Merendia? Answer in a few lines, citing your sources.",
        fr: "Votre collègue a-t-il raison de dire que Merendia doit refuser l'extrait du registre et l'audition volontaire parce que l'enrichissement illicite n'est pas une infraction en Merendia ? Répondez en quelques lignes, en citant vos sources.",
        ar: "هل زميلك محق في أن ميرينديا يجب أن ترفض تقديم مستخرج السجل والاستماع الطوعي لأن الإثراء غير المشروع ليس جريمة فيها؟ أجب في بضعة أسطر مع ذكر مصادرك.",
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
            legalSource: "UNTOC art. 18(9); UNCAC art. 46(9)(b)",
            feedback: {
              en: "Dual criminality looks at the conduct (here bribery and laundering in Merendia); its absence is only an optional ground (UNTOC art. 18(9)); and in a corruption case non-coercive assistance must be given anyway (UNCAC art. 46(9)(b)).",
              fr: "La double incrimination s'apprécie au regard du comportement (ici corruption et blanchiment en Merendia) ; son absence n'est qu'un motif facultatif (CTO, art. 18(9)) ; et dans une affaire de corruption l'entraide non coercitive est due de toute façon (CNUCC, art. 46(9)(b)).",
              ar: "تُقدَّر ازدواجية التجريم بالنظر إلى السلوك (وهو هنا رشوة وغسل أموال في ميرينديا)؛ وانعدامها سبب جوازي فقط (المادة 18(9) من اتفاقية الجريمة المنظمة)؛ وفي قضايا الفساد تُقدَّم المساعدة غير القسرية في كل الأحوال (المادة 46(9)(ب) من اتفاقية مكافحة الفساد).",
            },
            facts: [
              { id: "conduct-test", terms: { en: ["conduct", "underlying acts"], fr: ["comportement", "agissements", "faits sous-jacents"], ar: ["السلوك", "الأفعال", "الافعال"] } },
              { id: "bribery-in-merendia", terms: { en: ["bribery", "bribe"], fr: ["corruption"], ar: ["رشوة"] } },
              { id: "optional-ground", terms: { en: ["18(9)"], fr: ["18(9)", "18, par. 9", "18, paragraphe 9"], ar: ["18(9)", "الفقرة 9 من المادة 18"] } },
              { id: "uncac-non-coercive", terms: { en: ["46(9)"], fr: ["46(9)", "46, par. 9", "46, paragraphe 9"], ar: ["46(9)", "من المادة 46"] } },
            ],
          },
          {
            id: "non-coercive-ground",
            kind: "justification",
            weight: 2,
            legalSource: "UNCAC art. 46(9)(b)",
            feedback: {
              en: "The register extract and a voluntary interview are non-coercive: in a corruption case they cannot be refused for lack of dual criminality (UNCAC art. 46(9)(b)).",
              fr: "L'extrait du registre et une audition volontaire ne sont pas coercitifs : dans une affaire de corruption, ils ne peuvent être refusés faute de double incrimination (CNUCC, art. 46(9)(b)).",
              ar: "مستخرج السجل والاستماع الطوعي إجراءان غير قسريين: ولا يجوز في قضايا الفساد رفضهما لانعدام ازدواجية التجريم (المادة 46(9)(ب) من اتفاقية مكافحة الفساد).",
            },
            ground: {
              en: ["non-coercive", "non coercive", "not involve coercive", "no coercive", "without coercion"],
              fr: ["non coercitiv", "non-coercitiv", "pas coercitiv", "sans contrainte"],
              ar: ["غير قسري", "غير القسري", "غير قسرية", "غير القسرية"],
            },
          },
          {
            id: "no-refusal-by-name",
            kind: "trap-avoided",
            trapId: "dual-criminality",
            weight: 2,
            feedback: {
              en: "Dual criminality is judged by the conduct, and its absence only allows a refusal; it never obliges one (UNTOC art. 18(9)).",
              fr: "La double incrimination s'apprécie au regard du comportement, et son absence permet seulement un refus ; elle ne l'impose jamais (CTO art. 18(9)).",
              ar: "تُقدَّر ازدواجية التجريم بالنظر إلى السلوك، وانعدامها يجيز الرفض فقط ولا يوجبه أبداً (المادة 18(9) من اتفاقية الجريمة المنظمة).",
            },
            legalSource: "UNTOC art. 18(9)",
            // Saying the request must be refused, without ever looking at the conduct, is the trap.
            signs: { en: ["must refuse", "has to refuse", "obliged to refuse", "bound to refuse"], fr: ["doit rejeter", "doit refuser", "est tenue de refuser", "est tenue de rejeter"], ar: ["يجب رفض", "يجب الرفض", "ملزمة بالرفض", "يتعين رفض"] },
            remedy: { en: ["conduct", "underlying acts"], fr: ["comportement", "agissements"], ar: ["السلوك"] },
          },
        ],
      },
      modelAnswer: { text: MODEL_SHORT_ANSWER },
    },
  ],
};
