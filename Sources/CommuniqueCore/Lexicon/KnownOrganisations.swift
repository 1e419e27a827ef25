/// Organisations that French IOM releases name without an institution noun or an acronym pair,
/// because they are known by name: international and local NGOs, research centres and
/// universities, the Red Cross and Red Crescent movement, armed and terrorist groups, foundations
/// and companies, UN bodies missing from `Gazetteer`, EU and regional bodies, and national
/// agencies. Also the capitalised names of programmes, tools, funds, plans, agreements, events and
/// country acronyms that must never be taken for an organisation. Written by hand for communique.
/// Apostrophes are stored as the curly `’` only: the consumer folds `'` to `’` before looking a
/// name up.
public enum KnownOrganisations {
  /// One organisation known by name.
  public struct Entry: Sendable {
    /// The name releases use, French when there is one.
    public let name: String
    /// The French acronym, when the organisation has one.
    public let acronym: String?
    /// Other names and acronyms: English names, other spellings, former names.
    public let aliases: [String]

    public init(name: String, acronym: String? = nil, aliases: [String] = []) {
      self.name = name
      self.acronym = acronym
      self.aliases = aliases
    }
  }

  /// The organisations, grouped by kind.
  public static let entries: [Entry] = [
    Entry(name: "World Vision", aliases: ["World Vision International", "Vision Mondiale"]),
    Entry(
      name: "Save the Children",
      aliases: ["Save the Children International", "Save the Children Fund"]
    ),
    Entry(
      name: "Médecins Sans Frontières",
      acronym: "MSF",
      aliases: ["Médecins sans frontières", "Doctors Without Borders"]
    ),
    Entry(
      name: "Médecins du Monde",
      acronym: "MdM",
      aliases: ["Médecins du monde", "Doctors of the World", "Médicos del Mundo"]
    ),
    Entry(
      name: "Oxfam",
      aliases: [
        "Oxfam International", "Oxfam GB", "Oxfam France", "Oxfam Intermón", "Oxfam Novib",
        "Oxfam-Québec", "Oxfam Italia",
      ]
    ),
    Entry(name: "CARE International", acronym: "CARE", aliases: ["CARE France", "CARE USA"]),
    Entry(name: "Plan International", aliases: ["Plan International France"]),
    Entry(
      name: "International Rescue Committee",
      acronym: "IRC",
      aliases: ["Comité international de secours"]
    ),
    Entry(
      name: "Danish Refugee Council",
      acronym: "DRC",
      aliases: ["Conseil danois pour les réfugiés"]
    ),
    Entry(
      name: "Norwegian Refugee Council",
      acronym: "NRC",
      aliases: ["Conseil norvégien pour les réfugiés"]
    ),
    Entry(
      name: "Humanité & Inclusion",
      acronym: "HI",
      aliases: [
        "Handicap International", "Humanité et Inclusion", "Humanity & Inclusion",
        "Humanity and Inclusion",
      ]
    ),
    Entry(
      name: "Action contre la Faim",
      acronym: "ACF",
      aliases: ["Action contre la faim", "Action Against Hunger", "Acción contra el Hambre"]
    ),
    Entry(
      name: "ACTED",
      aliases: ["Agence d’aide à la coopération technique et au développement"]
    ),
    Entry(
      name: "Caritas",
      aliases: [
        "Caritas Internationalis", "Caritas Italiana", "Caritas Liban", "Caritas Lebanon",
        "Caritas Maroc", "Caritas Niger", "Caritas Mali", "Caritas Ukraine", "Caritas Suisse",
        "Caritas Switzerland", "Caritas Germany", "Caritas Hellas",
      ]
    ),
    Entry(
      name: "Secours Catholique",
      aliases: ["Secours catholique", "Secours Catholique – Caritas France"]
    ),
    Entry(
      name: "Terre des hommes",
      acronym: "Tdh",
      aliases: ["Terre des Hommes", "Fondation Terre des hommes", "Terre des hommes Lausanne"]
    ),
    Entry(name: "Amnesty International", aliases: ["Amnesty"]),
    Entry(name: "Human Rights Watch", acronym: "HRW"),
    Entry(name: "Mercy Corps"),
    Entry(name: "Samaritan’s Purse"),
    Entry(name: "Islamic Relief", aliases: ["Islamic Relief Worldwide", "Secours Islamique"]),
    Entry(name: "Secours Islamique France", acronym: "SIF"),
    Entry(
      name: "Première Urgence Internationale",
      acronym: "PUI",
      aliases: ["Première urgence internationale"]
    ),
    Entry(
      name: "Solidarités International",
      aliases: ["Solidarités", "Solidarites International"]
    ),
    Entry(name: "ALIMA", aliases: ["Alliance for International Medical Action"]),
    Entry(name: "Cesvi", aliases: ["CESVI"]),
    Entry(name: "COOPI", aliases: ["Cooperazione Internazionale"]),
    Entry(name: "INTERSOS", aliases: ["Intersos"]),
    Entry(name: "Welthungerhilfe", aliases: ["Deutsche Welthungerhilfe"]),
    Entry(name: "Concern Worldwide"),
    Entry(name: "Trócaire", aliases: ["Trocaire"]),
    Entry(name: "Christian Aid"),
    Entry(name: "Tearfund"),
    Entry(name: "Catholic Relief Services", acronym: "CRS"),
    Entry(
      name: "Fédération luthérienne mondiale",
      acronym: "FLM",
      aliases: ["Lutheran World Federation", "LWF"]
    ),
    Entry(name: "ACT Alliance"),
    Entry(name: "HIAS", aliases: ["Hebrew Immigrant Aid Society"]),
    Entry(
      name: "Service jésuite des réfugiés",
      acronym: "JRS",
      aliases: ["Jesuit Refugee Service"]
    ),
    Entry(
      name: "Communauté de Sant’Egidio",
      aliases: ["Sant’Egidio", "Comunità di Sant’Egidio", "Community of Sant’Egidio"]
    ),
    Entry(name: "SOS Méditerranée", aliases: ["SOS Mediterranee", "SOS MEDITERRANEE"]),
    Entry(name: "Sea-Watch"),
    Entry(name: "Open Arms", aliases: ["Proactiva Open Arms"]),
    Entry(name: "Mediterranea Saving Humans"),
    Entry(name: "Alarm Phone", aliases: ["Watch The Med Alarm Phone"]),
    Entry(name: "Sea-Eye"),
    Entry(name: "Migrant Offshore Aid Station", acronym: "MOAS"),
    Entry(name: "La Cimade", aliases: ["Cimade"]),
    Entry(name: "France terre d’asile", acronym: "FTDA", aliases: ["France Terre d’Asile"]),
    Entry(name: "Forum réfugiés", aliases: ["Forum réfugiés-Cosi", "Forum Réfugiés"]),
    Entry(name: "Emmaüs", aliases: ["Emmaüs International", "Emmaüs France"]),
    Entry(name: "Secours populaire français", aliases: ["Secours populaire"]),
    Entry(name: "Fondation Abbé Pierre"),
    Entry(name: "Utopia 56"),
    Entry(name: "L’Auberge des migrants", aliases: ["Auberge des migrants"]),
    Entry(name: "Pro Asyl", aliases: ["PRO ASYL"]),
    Entry(name: "BRAC"),
    Entry(name: "ADRA", aliases: ["Adventist Development and Relief Agency"]),
    Entry(name: "CAFOD", aliases: ["Catholic Agency for Overseas Development"]),
    Entry(name: "Diakonie Katastrophenhilfe"),
    Entry(name: "Malteser International"),
    Entry(name: "Ordre de Malte", aliases: ["Ordre souverain de Malte", "Order of Malta"]),
    Entry(name: "HelpAge International"),
    Entry(name: "Internews"),
    Entry(
      name: "Traducteurs sans frontières",
      aliases: ["Translators without Borders", "CLEAR Global"]
    ),
    Entry(name: "Fondation Hirondelle"),
    Entry(name: "Search for Common Ground"),
    Entry(name: "ActionAid", aliases: ["ActionAid International"]),
    Entry(
      name: "SOS Villages d’Enfants",
      aliases: ["SOS Children’s Villages", "SOS Villages d’enfants"]
    ),
    Entry(name: "War Child"),
    Entry(name: "Right To Play"),
    Entry(name: "Street Child"),
    Entry(name: "ZOA"),
    Entry(name: "Cordaid"),
    Entry(name: "IMPACT Initiatives", aliases: ["REACH", "REACH Initiative"]),
    Entry(name: "iMMAP"),
    Entry(name: "Ground Truth Solutions"),
    Entry(name: "CartONG"),
    Entry(name: "MapAction"),
    Entry(name: "Télécoms Sans Frontières", acronym: "TSF", aliases: ["Télécoms sans frontières"]),
    Entry(name: "ShelterBox"),
    Entry(name: "Habitat pour l’humanité", aliases: ["Habitat for Humanity"]),
    Entry(name: "Aide de l’Église norvégienne", aliases: ["Norwegian Church Aid"]),
    Entry(name: "DanChurchAid"),
    Entry(name: "Finn Church Aid"),
    Entry(name: "World Relief"),
    Entry(name: "Church World Service", acronym: "CWS"),
    Entry(name: "International Medical Corps", acronym: "IMC"),
    Entry(name: "IsraAID"),
    Entry(name: "Direct Relief"),
    Entry(name: "Americares"),
    Entry(name: "Project HOPE"),
    Entry(name: "Partners In Health", aliases: ["Zanmi Lasante"]),
    Entry(name: "Kids in Need of Defense", acronym: "KIND"),
    Entry(name: "Asylum Access"),
    Entry(name: "Refugees International"),
    Entry(name: "Women’s Refugee Commission"),
    Entry(name: "Rotary International"),
    Entry(name: "Qatar Charity"),
    Entry(name: "IHH", aliases: ["İnsani Yardım Vakfı"]),
    Entry(name: "Groupe d’appui aux rapatriés et réfugiés", acronym: "GARR"),
    Entry(name: "Association malienne des expulsés", acronym: "AME"),
    Entry(name: "Alternative Espaces Citoyens"),
    Entry(name: "Association marocaine des droits humains", acronym: "AMDH"),
    Entry(name: "GADEM"),
    Entry(name: "Terre d’Asile Tunisie"),
    Entry(name: "Forum tunisien pour les droits économiques et sociaux", acronym: "FTDES"),
    Entry(name: "Samuel Hall"),
    Entry(name: "Migration Policy Institute", acronym: "MPI"),
    Entry(
      name: "Mixed Migration Centre",
      acronym: "MMC",
      aliases: ["Centre pour les migrations mixtes"]
    ),
    Entry(name: "Altai Consulting"),
    Entry(
      name: "Centre international pour le développement des politiques migratoires",
      acronym: "ICMPD",
      aliases: ["International Centre for Migration Policy Development"]
    ),
    Entry(name: "Overseas Development Institute", acronym: "ODI", aliases: ["ODI Global"]),
    Entry(name: "Brookings Institution", aliases: ["Brookings"]),
    Entry(name: "Chatham House"),
    Entry(name: "Pew Research Center"),
    Entry(name: "Gallup"),
    Entry(name: "Ipsos"),
    Entry(
      name: "Observatoire des situations de déplacement interne",
      acronym: "IDMC",
      aliases: ["Internal Displacement Monitoring Centre"]
    ),
    Entry(name: "International Crisis Group", aliases: ["Crisis Group"]),
    Entry(name: "Clingendael", aliases: ["Institut Clingendael"]),
    Entry(
      name: "Global Initiative against Transnational Organized Crime",
      aliases: ["Global Initiative", "GI-TOC"]
    ),
    Entry(name: "Small Arms Survey"),
    Entry(name: "ACLED", aliases: ["Armed Conflict Location & Event Data Project"]),
    Entry(
      name: "Institut de hautes études internationales et du développement",
      acronym: "IHEID",
      aliases: ["Graduate Institute", "Geneva Graduate Institute"]
    ),
    Entry(name: "Sciences Po"),
    Entry(name: "Université de Genève", aliases: ["University of Geneva"]),
    Entry(
      name: "Université d’Oxford",
      aliases: ["University of Oxford", "Refugee Studies Centre"]
    ),
    Entry(name: "London School of Economics", acronym: "LSE"),
    Entry(name: "Harvard University", aliases: ["Université Harvard"]),
    Entry(name: "Université Cheikh Anta Diop", acronym: "UCAD"),
    Entry(name: "Université de Nairobi", aliases: ["University of Nairobi"]),
    Entry(name: "Université américaine du Caire", aliases: ["American University in Cairo"]),
    Entry(name: "Columbia University", aliases: ["Université Columbia"]),
    Entry(name: "Georgetown University", aliases: ["Université de Georgetown"]),
    Entry(name: "Johns Hopkins University", aliases: ["Université Johns Hopkins"]),
    Entry(name: "Université de Maastricht", aliases: ["Maastricht University"]),
    Entry(name: "Université catholique de Louvain", aliases: ["UCLouvain"]),
    Entry(name: "Université libre de Bruxelles", acronym: "ULB"),
    Entry(
      name: "Institut universitaire européen",
      aliases: ["European University Institute", "Migration Policy Centre"]
    ),
    Entry(name: "Institut d’études de sécurité", aliases: ["Institute for Security Studies"]),
    Entry(name: "Institut Convergences Migrations"),
    Entry(
      name: "Centre pour le dialogue humanitaire",
      aliases: ["Centre for Humanitarian Dialogue", "HD Centre"]
    ),
    Entry(
      name: "Comité international de la Croix-Rouge",
      acronym: "CICR",
      aliases: ["ICRC", "International Committee of the Red Cross"]
    ),
    Entry(
      name: "Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge",
      acronym: "FICR",
      aliases: ["IFRC", "Fédération internationale de la Croix-Rouge"]
    ),
    Entry(name: "Mouvement international de la Croix-Rouge et du Croissant-Rouge"),
    Entry(name: "Croix-Rouge", aliases: ["Red Cross"]),
    Entry(name: "Croissant-Rouge", aliases: ["Red Crescent"]),
    Entry(name: "Croix-Rouge française", acronym: "CRF"),
    Entry(name: "Croix-Rouge italienne", aliases: ["Croce Rossa Italiana", "Italian Red Cross"]),
    Entry(
      name: "Croix-Rouge espagnole",
      aliases: ["Cruz Roja", "Cruz Roja Española", "Spanish Red Cross"]
    ),
    Entry(name: "Croix-Rouge hellénique", aliases: ["Hellenic Red Cross", "Croix-Rouge grecque"]),
    Entry(name: "Croix-Rouge allemande", aliases: ["Deutsches Rotes Kreuz", "German Red Cross"]),
    Entry(name: "Croix-Rouge britannique", aliases: ["British Red Cross"]),
    Entry(name: "Croix-Rouge américaine", aliases: ["American Red Cross"]),
    Entry(name: "Croix-Rouge de Belgique", aliases: ["Belgian Red Cross"]),
    Entry(name: "Croix-Rouge suisse", aliases: ["Swiss Red Cross"]),
    Entry(name: "Croix-Rouge canadienne", aliases: ["Canadian Red Cross"]),
    Entry(name: "Croix-Rouge haïtienne", aliases: ["Haitian Red Cross"]),
    Entry(name: "Croix-Rouge colombienne", aliases: ["Cruz Roja Colombiana"]),
    Entry(name: "Croix-Rouge costaricienne", aliases: ["Cruz Roja Costarricense"]),
    Entry(name: "Croix-Rouge mexicaine", aliases: ["Cruz Roja Mexicana"]),
    Entry(name: "Croix-Rouge malienne"),
    Entry(name: "Croix-Rouge nigérienne"),
    Entry(name: "Croix-Rouge sénégalaise"),
    Entry(name: "Croix-Rouge burkinabè"),
    Entry(name: "Croix-Rouge camerounaise"),
    Entry(name: "Croix-Rouge tchadienne"),
    Entry(name: "Croix-Rouge guinéenne"),
    Entry(name: "Croix-Rouge ivoirienne"),
    Entry(name: "Croix-Rouge de la République démocratique du Congo"),
    Entry(name: "Croix-Rouge ukrainienne", aliases: ["Ukrainian Red Cross"]),
    Entry(name: "Croix-Rouge polonaise", aliases: ["Polish Red Cross"]),
    Entry(name: "Croix-Rouge roumaine", aliases: ["Romanian Red Cross"]),
    Entry(name: "Croix-Rouge moldave"),
    Entry(name: "Croix-Rouge hongroise"),
    Entry(name: "Croix-Rouge slovaque"),
    Entry(name: "Croix-Rouge serbe", aliases: ["Red Cross of Serbia"]),
    Entry(name: "Croix-Rouge nigériane", aliases: ["Nigerian Red Cross"]),
    Entry(name: "Croix-Rouge du Kenya", aliases: ["Kenya Red Cross"]),
    Entry(name: "Croix-Rouge du Soudan du Sud", aliases: ["South Sudan Red Cross"]),
    Entry(name: "Croix-Rouge éthiopienne", aliases: ["Ethiopian Red Cross"]),
    Entry(name: "Croix-Rouge de Fidji", aliases: ["Fiji Red Cross"]),
    Entry(name: "Croix-Rouge philippine", aliases: ["Philippine Red Cross"]),
    Entry(name: "Croissant-Rouge libyen", aliases: ["Libyan Red Crescent"]),
    Entry(name: "Croissant-Rouge tunisien", aliases: ["Tunisian Red Crescent"]),
    Entry(name: "Croissant-Rouge marocain"),
    Entry(name: "Croissant-Rouge algérien"),
    Entry(name: "Croissant-Rouge égyptien", aliases: ["Egyptian Red Crescent"]),
    Entry(name: "Croissant-Rouge soudanais", aliases: ["Sudanese Red Crescent"]),
    Entry(
      name: "Croissant-Rouge du Bangladesh",
      aliases: ["Bangladesh Red Crescent Society", "BDRCS"]
    ),
    Entry(
      name: "Croissant-Rouge turc",
      aliases: ["Türk Kızılay", "Kızılay", "Turkish Red Crescent"]
    ),
    Entry(name: "Croissant-Rouge arabe syrien", aliases: ["Syrian Arab Red Crescent", "SARC"]),
    Entry(name: "Croissant-Rouge irakien", aliases: ["Iraqi Red Crescent"]),
    Entry(name: "Croissant-Rouge yéménite", aliases: ["Yemen Red Crescent"]),
    Entry(name: "Croissant-Rouge afghan", aliases: ["Afghan Red Crescent Society", "ARCS"]),
    Entry(name: "Croissant-Rouge mauritanien"),
    Entry(name: "Croissant-Rouge somalien", aliases: ["Somali Red Crescent Society"]),
    Entry(name: "Croissant-Rouge du Qatar", aliases: ["Qatar Red Crescent"]),
    Entry(name: "Croissant-Rouge palestinien", aliases: ["Palestine Red Crescent Society"]),
    Entry(name: "Croissant-Rouge iranien", aliases: ["Iranian Red Crescent Society"]),
    Entry(name: "Croissant-Rouge djiboutien"),
    Entry(name: "Boko Haram", aliases: ["Jama’atu Ahlis Sunna Lidda’awati wal-Jihad", "JAS"]),
    Entry(
      name: "État islamique",
      acronym: "EI",
      aliases: [
        "Etat islamique", "Daech", "Daesh", "ISIS", "ISIL", "EIIL", "Organisation État islamique",
        "groupe État islamique", "Islamic State",
      ]
    ),
    Entry(
      name: "État islamique en Afrique de l’Ouest",
      acronym: "EIAO",
      aliases: [
        "Etat islamique en Afrique de l’Ouest", "ISWAP", "Islamic State West Africa Province",
      ]
    ),
    Entry(
      name: "État islamique au Grand Sahara",
      acronym: "EIGS",
      aliases: [
        "Etat islamique au Grand Sahara", "ISGS", "État islamique au Sahel",
        "Etat islamique au Sahel",
      ]
    ),
    Entry(
      name: "Al-Chabab",
      aliases: [
        "Al-Shabaab", "al-Shabaab", "Shebab", "Chebab", "Shabaab", "Al-Shabab",
        "Harakat al-Chabab al-Moudjahidine", "shebab",
      ]
    ),
    Entry(name: "Al-Qaïda", aliases: ["Al-Qaida", "Al Qaeda", "Al-Qaeda", "al-Qaïda", "Al Qaïda"]),
    Entry(name: "Al-Qaïda au Maghreb islamique", acronym: "AQMI", aliases: ["AQIM"]),
    Entry(
      name: "Groupe de soutien à l’islam et aux musulmans",
      acronym: "GSIM",
      aliases: ["JNIM", "Jama’at Nusrat al-Islam wal-Muslimin"]
    ),
    Entry(name: "Ansarul Islam", aliases: ["Ansaroul Islam"]),
    Entry(name: "Ansar Dine"),
    Entry(
      name: "Ansar Allah",
      aliases: ["Houthis", "Houthi", "Houthistes", "Ansarullah", "rebelles houthis"]
    ),
    Entry(name: "Talibans", aliases: ["Taliban", "talibans", "Taleban", "Taliban-e"]),
    Entry(name: "Hezbollah", aliases: ["Hizbollah", "Hizbullah"]),
    Entry(name: "Hamas"),
    Entry(name: "Hayat Tahrir al-Cham", acronym: "HTC", aliases: ["Hayat Tahrir al-Sham", "HTS"]),
    Entry(
      name: "Forces de soutien rapide",
      acronym: "FSR",
      aliases: ["Rapid Support Forces", "RSF"]
    ),
    Entry(name: "Janjawid", aliases: ["Janjaweed", "Janjawids"]),
    Entry(name: "Mouvement du 23 mars", acronym: "M23", aliases: ["M23/AFC"]),
    Entry(
      name: "Forces démocratiques alliées",
      acronym: "ADF",
      aliases: ["Allied Democratic Forces"]
    ),
    Entry(name: "Coopérative pour le développement du Congo", acronym: "CODECO"),
    Entry(name: "Forces démocratiques de libération du Rwanda", acronym: "FDLR"),
    Entry(name: "Nyatura"),
    Entry(name: "Twirwaneho"),
    Entry(name: "Maï-Maï", aliases: ["Mai-Mai", "Maï Maï"]),
    Entry(name: "Raia Mutomboki"),
    Entry(
      name: "Forces armées de la République démocratique du Congo", acronym: "FARDC",
      aliases: ["forces armées de la République démocratique du Congo"]),
    Entry(name: "Forces armées centrafricaines", acronym: "FACA"),
    Entry(name: "Forces armées maliennes", acronym: "FAMa"),
    Entry(name: "Séléka", aliases: ["ex-Séléka"]),
    Entry(name: "Anti-balaka", aliases: ["anti-balaka"]),
    Entry(
      name: "Armée de résistance du Seigneur",
      acronym: "LRA",
      aliases: ["Lord’s Resistance Army"]
    ),
    Entry(name: "Coalition des patriotes pour le changement", acronym: "CPC"),
    Entry(name: "Parti des travailleurs du Kurdistan", acronym: "PKK"),
    Entry(
      name: "Forces démocratiques syriennes",
      acronym: "FDS",
      aliases: ["Syrian Democratic Forces", "SDF"]
    ),
    Entry(name: "Forces armées révolutionnaires de Colombie", acronym: "FARC"),
    Entry(name: "Armée de libération nationale", acronym: "ELN"),
    Entry(
      name: "Clan del Golfo",
      aliases: ["Clan du Golfe", "Autodefensas Gaitanistas de Colombia", "AGC"]
    ),
    Entry(name: "Tren de Aragua"),
    Entry(name: "Mara Salvatrucha", acronym: "MS-13"),
    Entry(name: "Barrio 18"),
    Entry(name: "Cartel de Sinaloa", aliases: ["Sinaloa Cartel"]),
    Entry(name: "Groupe Wagner", aliases: ["Wagner Group", "Africa Corps"]),
    Entry(name: "Viv Ansanm"),
    Entry(name: "G9 an fanmi e alye", acronym: "G9", aliases: ["G9 an Fanmi"]),
    Entry(name: "400 Mawozo"),
    Entry(name: "G-Pèp", aliases: ["GPèp"]),
    Entry(
      name: "Fondation Bill & Melinda Gates",
      aliases: [
        "Fondation Bill et Melinda Gates", "Bill & Melinda Gates Foundation", "Gates Foundation",
        "Fondation Gates",
      ]
    ),
    Entry(name: "Western Union"),
    Entry(name: "MoneyGram"),
    Entry(name: "WorldRemit"),
    Entry(name: "Fondation Mastercard", aliases: ["Mastercard Foundation"]),
    Entry(name: "Fondation Rockefeller", aliases: ["Rockefeller Foundation"]),
    Entry(
      name: "Open Society Foundations",
      aliases: ["Fondations pour une société ouverte", "Open Society"]
    ),
    Entry(name: "Fondation Ford", aliases: ["Ford Foundation"]),
    Entry(name: "Fondation IKEA", aliases: ["IKEA Foundation"]),
    Entry(
      name: "Fondation Conrad N. Hilton",
      aliases: ["Conrad N. Hilton Foundation", "Hilton Foundation"]
    ),
    Entry(
      name: "Réseau Aga Khan de développement",
      acronym: "AKDN",
      aliases: ["Fondation Aga Khan", "Aga Khan Foundation", "Aga Khan Development Network"]
    ),
    Entry(name: "Fondation de France"),
    Entry(name: "Fondation Orange"),
    Entry(name: "Wellcome Trust", aliases: ["Wellcome"]),
    Entry(name: "Fondation olympique pour les réfugiés", aliases: ["Olympic Refuge Foundation"]),
    Entry(
      name: "Comité international olympique",
      acronym: "CIO",
      aliases: ["International Olympic Committee"]
    ),
    Entry(name: "FIFA"),
    Entry(name: "Microsoft"),
    Entry(name: "Google"),
    Entry(name: "Meta"),
    Entry(name: "Facebook"),
    Entry(name: "Vodafone", aliases: ["Vodafone Foundation"]),
    Entry(name: "MTN", aliases: ["MTN Group"]),
    Entry(name: "Airtel"),
    Entry(name: "Safaricom"),
    Entry(name: "Ericsson"),
    Entry(name: "Deloitte"),
    Entry(name: "PwC", aliases: ["PricewaterhouseCoopers"]),
    Entry(name: "KPMG"),
    Entry(name: "Accenture"),
    Entry(name: "Maersk"),
    Entry(name: "DHL"),
    Entry(name: "UPS Foundation", aliases: ["Fondation UPS"]),
    Entry(name: "Airbnb", aliases: ["Airbnb.org"]),
    Entry(name: "Coca-Cola", aliases: ["The Coca-Cola Foundation", "Fondation Coca-Cola"]),
    Entry(name: "Nestlé"),
    Entry(name: "Unilever"),
    Entry(name: "Pfizer"),
    Entry(name: "AstraZeneca"),
    Entry(name: "Johnson & Johnson"),
    Entry(name: "Visa", aliases: ["Visa Foundation"]),
    Entry(name: "Mastercard"),
    Entry(name: "Ethiopian Airlines"),
    Entry(name: "Qatar Airways"),
    Entry(name: "Turkish Airlines"),
    Entry(name: "Air France"),
    Entry(name: "Kenya Airways"),
    Entry(
      name: "Réseau des Nations Unies sur les migrations",
      aliases: [
        "Réseau des Nations unies sur les migrations", "United Nations Network on Migration",
        "UN Network on Migration",
      ]
    ),
    Entry(
      name: "Fonds central d’intervention pour les urgences humanitaires",
      acronym: "CERF",
      aliases: ["Central Emergency Response Fund", "Fonds central d’intervention d’urgence"]
    ),
    Entry(
      name: "Conseil de sécurité des Nations Unies",
      acronym: "CSNU",
      aliases: [
        "Conseil de sécurité", "Conseil de sécurité de l’ONU", "UN Security Council",
        "Security Council",
      ]
    ),
    Entry(
      name: "Assemblée générale des Nations Unies",
      acronym: "AGNU",
      aliases: [
        "Assemblée générale", "Assemblée générale de l’ONU", "UN General Assembly",
        "General Assembly",
      ]
    ),
    Entry(
      name: "Conseil des droits de l’homme",
      acronym: "CDH",
      aliases: ["Conseil des droits de l’homme des Nations Unies", "Human Rights Council"]
    ),
    Entry(
      name: "Comité permanent interorganisations",
      acronym: "CPI",
      aliases: ["IASC", "Inter-Agency Standing Committee"]
    ),
    Entry(
      name: "Groupe des Nations Unies pour le développement durable",
      acronym: "GNUDD",
      aliases: ["UNSDG"]
    ),
    Entry(
      name: "Mission d’appui des Nations Unies en Libye",
      acronym: "MANUL",
      aliases: ["UNSMIL"]
    ),
    Entry(name: "Opération des Nations Unies en Côte d’Ivoire", acronym: "ONUCI"),
    Entry(
      name: "Mission des Nations Unies pour l’organisation d’un référendum au Sahara occidental",
      acronym: "MINURSO"),
    Entry(name: "Force intérimaire des Nations Unies au Liban", acronym: "FINUL"),
    Entry(
      name: "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali",
      acronym: "MINUSMA"
    ),
    Entry(
      name: "Mission de l’Organisation des Nations Unies pour la stabilisation en RD Congo",
      acronym: "MONUSCO"
    ),
    Entry(
      name: "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en "
        + "Centrafrique",
      acronym: "MINUSCA"
    ),
    Entry(
      name: "Mission des Nations Unies au Soudan du Sud",
      acronym: "MINUSS",
      aliases: ["UNMISS"]
    ),
    Entry(name: "Bureau intégré des Nations Unies en Haïti", acronym: "BINUH"),
    Entry(
      name: "Mission d’assistance des Nations Unies en Afghanistan",
      acronym: "MANUA",
      aliases: ["UNAMA"]
    ),
    Entry(
      name: "Mission d’assistance des Nations Unies pour l’Iraq",
      acronym: "MANUI",
      aliases: ["UNAMI"]
    ),
    Entry(name: "Commission européenne", aliases: ["European Commission"]),
    Entry(name: "Parlement européen", aliases: ["European Parliament"]),
    Entry(name: "Conseil européen", aliases: ["European Council"]),
    Entry(
      name: "Conseil de l’Union européenne",
      aliases: ["Conseil de l’UE", "Council of the European Union"]
    ),
    Entry(name: "Union européenne", acronym: "UE", aliases: ["EU", "European Union"]),
    Entry(
      name: "Frontex",
      aliases: [
        "Agence européenne de garde-frontières et de garde-côtes",
        "European Border and Coast Guard Agency",
      ]
    ),
    Entry(name: "Europol"),
    Entry(name: "Eurojust"),
    Entry(
      name: "Agence de l’Union européenne pour l’asile",
      acronym: "AUEA",
      aliases: [
        "EUAA", "EASO", "Bureau européen d’appui en matière d’asile",
        "European Union Agency for Asylum",
      ]
    ),
    Entry(
      name: "Agence des droits fondamentaux de l’Union européenne",
      acronym: "FRA",
      aliases: ["Fundamental Rights Agency", "Agence des droits fondamentaux de l’UE"]
    ),
    Entry(
      name: "DG ECHO",
      aliases: [
        "ECHO",
        "Direction générale de la protection civile et des opérations d’aide humanitaire "
          + "européennes",
        "Protection civile et opérations d’aide humanitaire européennes",
        "Bureau d’aide humanitaire de la Commission européenne",
        "European Civil Protection and Humanitarian Aid Operations",
      ]
    ),
    Entry(
      name: "Direction générale des partenariats internationaux",
      acronym: "DG INTPA",
      aliases: ["DG DEVCO", "Directorate-General for International Partnerships"]
    ),
    Entry(
      name: "Direction générale du voisinage et des négociations d’élargissement",
      acronym: "DG NEAR"
    ),
    Entry(
      name: "Direction générale de la migration et des affaires intérieures",
      acronym: "DG HOME"
    ),
    Entry(
      name: "Service européen pour l’action extérieure",
      acronym: "SEAE",
      aliases: ["EEAS", "European External Action Service"]
    ),
    Entry(name: "EUCAP Sahel Niger"),
    Entry(name: "EUCAP Sahel Mali"),
    Entry(name: "EUBAM Libya", aliases: ["EUBAM Libye"]),
    Entry(
      name: "Banque européenne d’investissement",
      acronym: "BEI",
      aliases: ["EIB", "European Investment Bank"]
    ),
    Entry(name: "Cour de justice de l’Union européenne", acronym: "CJUE"),
    Entry(
      name: "Cour européenne des droits de l’homme",
      acronym: "CEDH",
      aliases: ["Cour EDH", "European Court of Human Rights"]
    ),
    Entry(name: "Conseil de l’Europe", aliases: ["Council of Europe"]),
    Entry(name: "Organisation pour la sécurité et la coopération en Europe", acronym: "OSCE"),
    Entry(
      name: "Communauté économique des États de l’Afrique de l’Ouest",
      acronym: "CEDEAO",
      aliases: ["ECOWAS", "Communauté économique des Etats de l’Afrique de l’Ouest"]
    ),
    Entry(
      name: "Union africaine",
      acronym: "UA",
      aliases: ["African Union", "AU", "Commission de l’Union africaine"]
    ),
    Entry(name: "Autorité intergouvernementale pour le développement", acronym: "IGAD"),
    Entry(
      name: "Ligue des États arabes",
      aliases: ["Ligue arabe", "Ligue des Etats arabes", "League of Arab States", "Arab League"]
    ),
    Entry(
      name: "Association des nations de l’Asie du Sud-Est",
      acronym: "ANASE",
      aliases: ["ASEAN", "Association of Southeast Asian Nations"]
    ),
    Entry(
      name: "Communauté économique des États de l’Afrique centrale",
      acronym: "CEEAC",
      aliases: ["ECCAS"]
    ),
    Entry(name: "Communauté de développement de l’Afrique australe", acronym: "SADC"),
    Entry(
      name: "Communauté d’Afrique de l’Est",
      acronym: "CAE",
      aliases: ["EAC", "East African Community"]
    ),
    Entry(name: "Marché commun de l’Afrique orientale et australe", acronym: "COMESA"),
    Entry(
      name: "Union économique et monétaire ouest-africaine",
      acronym: "UEMOA",
      aliases: ["WAEMU"]
    ),
    Entry(name: "Communauté économique et monétaire de l’Afrique centrale", acronym: "CEMAC"),
    Entry(name: "G5 Sahel", aliases: ["G5 Sahel Joint Force", "Force conjointe du G5 Sahel"]),
    Entry(name: "Union du Maghreb arabe", acronym: "UMA"),
    Entry(
      name: "Conseil de coopération du Golfe",
      acronym: "CCG",
      aliases: ["GCC", "Gulf Cooperation Council"]
    ),
    Entry(name: "Organisation de la coopération islamique", acronym: "OCI", aliases: ["OIC"]),
    Entry(
      name: "Organisation des États américains",
      acronym: "OEA",
      aliases: ["OAS", "Organisation des Etats américains"]
    ),
    Entry(name: "Système d’intégration centraméricain", acronym: "SICA"),
    Entry(name: "Communauté des Caraïbes", aliases: ["CARICOM"]),
    Entry(name: "Mercosur", aliases: ["Mercosul"]),
    Entry(name: "Communauté andine", aliases: ["Comunidad Andina"]),
    Entry(
      name: "Forum des îles du Pacifique",
      aliases: ["Pacific Islands Forum", "Secrétariat du Forum des îles du Pacifique", "PIFS"]
    ),
    Entry(
      name: "Association sud-asiatique de coopération régionale",
      acronym: "ASACR",
      aliases: ["SAARC"]
    ),
    Entry(
      name: "Commission du bassin du lac Tchad",
      acronym: "CBLT",
      aliases: ["LCBC", "Lake Chad Basin Commission"]
    ),
    Entry(
      name: "Force multinationale mixte",
      acronym: "FMM",
      aliases: ["Multinational Joint Task Force", "MNJTF"]
    ),
    Entry(
      name: "Mission multinationale d’appui à la sécurité",
      acronym: "MMAS",
      aliases: ["MSS", "Multinational Security Support Mission"]
    ),
    Entry(
      name: "Organisation internationale de la Francophonie",
      acronym: "OIF",
      aliases: ["Francophonie"]
    ),
    Entry(name: "Commonwealth", aliases: ["Secrétariat du Commonwealth"]),
    Entry(name: "Organisation du Traité de l’Atlantique Nord", acronym: "OTAN", aliases: ["NATO"]),
    Entry(name: "Banque mondiale", aliases: ["World Bank", "Groupe de la Banque mondiale"]),
    Entry(
      name: "Banque africaine de développement",
      acronym: "BAD",
      aliases: ["AfDB", "African Development Bank"]
    ),
    Entry(
      name: "Banque asiatique de développement",
      acronym: "BAsD",
      aliases: ["ADB", "Asian Development Bank"]
    ),
    Entry(name: "Banque interaméricaine de développement", acronym: "BID", aliases: ["IDB"]),
    Entry(name: "Fonds monétaire international", acronym: "FMI", aliases: ["IMF"]),
    Entry(
      name: "Interpol",
      aliases: ["Organisation internationale de police criminelle", "OIPC-Interpol"]
    ),
    Entry(name: "Police hellénique", aliases: ["Hellenic Police", "ELAS"]),
    Entry(
      name: "Garde côtière hellénique",
      aliases: ["Hellenic Coast Guard", "garde-côtes grecs"]
    ),
    Entry(name: "Carabinieri", aliases: ["Arma dei Carabinieri"]),
    Entry(name: "Guardia di Finanza"),
    Entry(
      name: "Garde côtière italienne",
      aliases: ["Guardia Costiera", "Italian Coast Guard", "garde-côtes italiens"]
    ),
    Entry(name: "Garde nationale", aliases: ["Garde nationale tunisienne"]),
    Entry(name: "Garde côtière libyenne", aliases: ["garde-côtes libyens", "Libyan Coast Guard"]),
    Entry(
      name: "Salvamento Marítimo",
      aliases: ["Sociedad de Salvamento y Seguridad Marítima", "SASEMAR"]
    ),
    Entry(name: "Guardia Civil", aliases: ["Garde civile"]),
    Entry(name: "Marine nationale"),
    Entry(name: "Gendarmerie nationale"),
    Entry(name: "Gendarmerie royale"),
    Entry(name: "Police aux frontières", acronym: "PAF"),
    Entry(name: "Office français de protection des réfugiés et apatrides", acronym: "OFPRA"),
    Entry(name: "Office français de l’immigration et de l’intégration", acronym: "OFII"),
    Entry(
      name: "Office fédéral des migrations et des réfugiés",
      acronym: "BAMF",
      aliases: ["Bundesamt für Migration und Flüchtlinge"]
    ),
    Entry(name: "Secrétariat d’État aux migrations", acronym: "SEM"),
    Entry(name: "Fedasil"),
    Entry(name: "Office des étrangers"),
    Entry(name: "Migrationsverket", aliases: ["Swedish Migration Agency"]),
    Entry(name: "Home Office"),
    Entry(name: "Border Force"),
    Entry(
      name: "Service des douanes et de la protection des frontières des États-Unis",
      acronym: "CBP",
      aliases: ["US Customs and Border Protection", "Customs and Border Protection"]
    ),
    Entry(name: "Immigration and Customs Enforcement", acronym: "ICE"),
    Entry(name: "Agence des États-Unis pour le développement international", acronym: "USAID"),
    Entry(
      name: "Bureau de la population, des réfugiés et des migrations",
      acronym: "PRM",
      aliases: ["Bureau of Population, Refugees, and Migration"]
    ),
    Entry(
      name: "Département d’État des États-Unis",
      aliases: ["Département d’État", "State Department", "US Department of State"]
    ),
    Entry(name: "Foreign, Commonwealth & Development Office", acronym: "FCDO"),
    Entry(name: "Deutsche Gesellschaft für Internationale Zusammenarbeit", acronym: "GIZ"),
    Entry(name: "Agence française de développement", acronym: "AFD"),
    Entry(name: "Enabel"),
    Entry(name: "Agence japonaise de coopération internationale", acronym: "JICA"),
    Entry(name: "KOICA", aliases: ["Korea International Cooperation Agency"]),
    Entry(
      name: "Direction du développement et de la coopération",
      acronym: "DDC",
      aliases: ["SDC"]
    ),
    Entry(
      name: "Agence suédoise de coopération internationale au développement",
      acronym: "ASDI",
      aliases: ["Swedish International Development Cooperation Agency"]
    ),
    Entry(
      name: "Agence espagnole de coopération internationale pour le développement",
      acronym: "AECID"
    ),
    Entry(name: "Agence italienne pour la coopération au développement", acronym: "AICS"),
    Entry(name: "Affaires mondiales Canada", aliases: ["Global Affairs Canada"]),
    Entry(name: "Norad", aliases: ["NORAD"]),
    Entry(name: "Danida"),
    Entry(name: "Irish Aid"),
    Entry(
      name: "Instituto Nacional de Migración",
      acronym: "INM",
      aliases: ["Institut national des migrations"]
    ),
    Entry(name: "Comisión Mexicana de Ayuda a Refugiados", acronym: "COMAR"),
    Entry(name: "Servicio Nacional de Fronteras", acronym: "SENAFRONT"),
    Entry(name: "Servicio Nacional de Migración"),
    Entry(name: "Migración Colombia"),
    Entry(
      name: "Direction générale de la gestion des migrations",
      acronym: "DGMM",
      aliases: ["Presidency of Migration Management", "Présidence de la gestion des migrations"]
    ),
    Entry(
      name: "AFAD",
      aliases: ["Autorité de gestion des catastrophes et des situations d’urgence"]
    ),
    Entry(
      name: "Direction de la lutte contre la migration illégale",
      acronym: "DCIM",
      aliases: ["Department for Combating Illegal Migration"]
    ),
    Entry(name: "Police nationale d’Haïti", acronym: "PNH"),
    Entry(name: "Direction générale de la protection civile", acronym: "DGPC"),
    Entry(name: "Office national de la migration", acronym: "ONM"),
  ]

  /// Capitalised names and acronyms of programmes, projects, tools, systems, campaigns, funds run
  /// as programmes, plans, agreements, events, operations and country acronyms: never an
  /// organisation. One per line.
  public static let notOrganisations: Set<String> = Set(
    WordList.lines(notOrganisationLines))

  static let notOrganisationLines = """
    Fonds pour la consolidation de la paix
    Fonds des Nations Unies pour la consolidation de la paix
    Peacebuilding Fund
    PBF
    DTM
    Matrice de suivi des déplacements
    Displacement Tracking Matrix
    MEASURE
    AVRR
    AVR
    ARVR
    Aide au retour volontaire et à la réintégration
    aide au retour volontaire et à la réintégration
    Aide au retour volontaire
    programme d’aide au retour volontaire et à la réintégration
    Initiative conjointe UE-OIM
    Initiative conjointe UE-OIM pour la protection et la réintégration des migrants
    EU-IOM Joint Initiative
    EU-IOM Joint Initiative for Migrant Protection and Reintegration
    MIDAS
    MiMOSA
    PRISM
    Migrants as Messengers
    Migrants comme messagers
    Aware Migrants
    Projet Migrants disparus
    Missing Migrants Project
    Migration Data Portal
    Portail sur les données migratoires
    Portail des données migratoires
    World Migration Report
    État de la migration dans le monde
    Rapport État de la migration dans le monde
    Rapport sur l’état de la migration dans le monde
    Cadre de gouvernance des migrations
    MiGOF
    Indicateurs de gouvernance des migrations
    MGI
    IOM X
    OIM X
    COMPASS
    Better Migration Management
    BMM
    MIEUX
    MIEUX+
    Migrants dans les pays en crise
    Initiative Migrants dans les pays en crise
    Migrants in Countries in Crisis
    MICIC
    Flow Monitoring
    Points de suivi des flux
    Flow Monitoring Points
    FMP
    Enquête de suivi des flux
    Flow Monitoring Survey
    FMS
    Baromètre mondial de la mobilité climatique
    Fonds fiduciaire d’urgence de l’UE pour l’Afrique
    Fonds fiduciaire d’urgence de l’Union européenne pour l’Afrique
    Fonds fiduciaire de l’UE pour l’Afrique
    Fonds fiduciaire d’urgence pour l’Afrique
    EU Emergency Trust Fund for Africa
    EU Trust Fund for Africa
    EUTF
    FFU
    Fonds Asile, migration et intégration
    Fonds asile, migration et intégration
    Fonds Asile, Migration et Intégration
    FAMI
    AMIF
    Asylum, Migration and Integration Fund
    Fonds pour la sécurité intérieure
    FSI
    Fonds d’affectation spéciale pluripartenaires pour les migrations
    Migration MPTF
    Fonds pour les migrations
    Fonds de développement de l’OIM
    IOM Development Fund
    NDICI
    Europe dans le monde
    Global Europe
    Team Europe
    Équipe Europe
    Horizon 2020
    Horizon Europe
    Erasmus+
    Programme de protection et de développement régional
    RDPP
    Pacte mondial
    Pacte mondial sur les migrations
    Pacte mondial pour des migrations sûres, ordonnées et régulières
    Pacte mondial pour les migrations
    Pacte mondial sur les réfugiés
    Global Compact
    Global Compact for Migration
    Global Compact for Safe, Orderly and Regular Migration
    Global Compact on Refugees
    GCM
    PMM
    Programme 2030
    Agenda 2030
    2030 Agenda
    Programme de développement durable à l’horizon 2030
    Objectifs de développement durable
    Objectif de développement durable
    ODD
    SDG
    SDGs
    Déclaration de New York
    Déclaration de New York pour les réfugiés et les migrants
    Déclaration de Los Angeles
    Déclaration de Los Angeles sur la migration et la protection
    Accord de Paris
    Protocole de Palerme
    Convention de Genève
    Convention de 1951
    Convention relative au statut des réfugiés
    Convention de Kampala
    Convention de l’OUA
    Protocole de la CEDEAO sur la libre circulation
    Protocole sur la libre circulation des personnes
    Règlement de Dublin
    Dublin III
    Pacte sur la migration et l’asile
    Pacte européen sur la migration et l’asile
    Accord UE-Turquie
    Déclaration UE-Turquie
    Cadre de Sendai
    Cadre de Sendai pour la réduction des risques de catastrophe
    Grand Bargain
    Grand compromis
    Plan d’action de La Valette
    JVAP
    Directive sur la protection temporaire
    Protection temporaire
    Statut de protection temporaire
    TPS
    Title 42
    Titre 42
    Remain in Mexico
    Protocoles de protection des migrants
    MPP
    CBP One
    Plan-cadre de coopération des Nations Unies pour le développement durable
    UNSDCF
    PNUAD
    Espace Schengen
    Schengen
    Eurodac
    ETIAS
    Initiative Spotlight
    Spotlight Initiative
    Plan de réponse humanitaire
    Plans de réponse humanitaire
    PRH
    HRP
    Aperçu des besoins humanitaires
    HNO
    Plan régional de réponse pour les réfugiés et les migrants
    Plan régional d’intervention pour les réfugiés et les migrants
    Plan régional de réponse
    Plan de réponse régional
    Plan régional de réponse aux réfugiés et à la résilience
    RMRP
    3RP
    Plan de réponse conjoint
    Plan de réponse conjoint pour la crise humanitaire des Rohingya
    JRP
    Plan de réponse régional pour les migrants de la Corne de l’Afrique et du Yémen
    Plan régional pour les migrants de la Corne de l’Afrique et du Yémen
    MRP
    Plan de réponse à la crise
    Plan global de réponse stratégique
    Appel éclair
    Flash Appeal
    Appel mondial
    Global Appeal
    Dialogue de haut niveau
    Dialogue de haut niveau sur les migrations internationales et le développement
    Dialogue international sur la migration
    IDM
    Forum mondial sur la migration et le développement
    FMMD
    GFMD
    Forum d’examen des migrations internationales
    IMRF
    Forum mondial sur les réfugiés
    Journée internationale des migrants
    Journée mondiale des réfugiés
    Journée mondiale contre la traite d’êtres humains
    Journée mondiale de la lutte contre la traite d’êtres humains
    Journée internationale des droits des femmes
    Journée internationale de la femme
    Journée internationale des femmes
    Journée mondiale de l’aide humanitaire
    Journée mondiale de la santé
    Journée internationale de l’enfance
    Journée mondiale de l’environnement
    Journée internationale des personnes handicapées
    Journée des droits de l’homme
    Sommet de La Valette
    Sommet de La Valette sur la migration
    Sommet humanitaire mondial
    Sommet mondial sur l’action humanitaire
    Processus de Rabat
    Processus de Khartoum
    Processus de Bali
    Processus de Budapest
    Processus de Prague
    Processus de Colombo
    Processus d’Abou Dhabi
    Dialogue d’Abou Dhabi
    Processus de Puebla
    Conférence régionale sur les migrations
    Processus de Quito
    Processus de Niamey
    Processus de Nansen
    Initiative Nansen
    Dialogue 5+5
    COP21
    COP26
    COP27
    COP28
    COP29
    COVID-19
    Covid-19
    COVID
    Covid
    SARS-CoV-2
    Ebola
    Mpox
    El Niño
    La Niña
    MHPSS
    SMSPS
    Santé mentale et soutien psychosocial
    CCCM
    Coordination et gestion des camps
    WASH
    EAH
    Eau, assainissement et hygiène
    NFI
    Articles non alimentaires
    Cash for Work
    Argent contre travail
    Transferts monétaires
    CBI
    PSEA
    PEAS
    Protection contre l’exploitation et les abus sexuels
    GBV
    VBG
    VSBG
    IDP
    IDPs
    PDI
    PDIs
    MENA
    LGBTI
    LGBTQI+
    LGBTIQ+
    VIH
    HIV
    SIDA
    ONG
    ONGs
    NGO
    NGOs
    OSC
    Mare Nostrum
    Opération Mare Nostrum
    Triton
    Opération Triton
    Themis
    Opération Themis
    Opération Sophia
    Operation Sophia
    Opération Irini
    Operation Irini
    EUNAVFOR MED
    EUNAVFOR MED Irini
    Opération Acolhida
    Operação Acolhida
    Operation Acolhida
    Mécanisme de transit d’urgence
    ETM
    RCA
    RDC
    RDCongo
    ARYM
    ERYM
    USA
    US
    U.S.
    UK
    EAU
    UAE
    RAS
    RAS de Hong Kong
    CAR
    RSA
    PNG
    KSA
    RPDC
    DPRK
    TPO
    oPt
    BiH
    KRI
    RKI
    RPC
    """
}
