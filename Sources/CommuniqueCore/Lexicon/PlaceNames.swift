/// Place names that can look like a person or an organisation in a French release: every country
/// and territory (French names and the English, Italian and Spanish forms used in datelines), the
/// capital of every country, world regions and sub-regions, seas, lakes, rivers and islands, and
/// the cities, provinces, camps and border crossings frequent in migration news. Each entry is a
/// whole name (several words allowed), one per line. A name written with a lower-case generic
/// (`mer Égée`, `lac Tchad`) is stored both ways (`Mer Égée`, `Lac Tchad`). Written by hand for
/// communique. Apostrophes are stored as the curly `’` only: the consumer folds `'` to `’` before
/// looking a name up.
public enum PlaceNames {
  /// Every place name, as written (case-sensitive).
  public static let all: Set<String> = Set(
    WordList.lines(
      [
        countries,
        datelineForms,
        capitals,
        regions,
        waters,
        islands,
        northAfrica,
        westAfrica,
        eastAfrica,
        centralAfrica,
        southernAfrica,
        middleEast,
        turkeyAndCentralAsia,
        iranAfghanistanPakistan,
        southAndSouthEastAsia,
        americas,
        europe,
        ukraineAndNeighbours,
      ]
      .joined(separator: "\n")))

  /// Countries and territories, by their French names and common spellings.
  private static let countries = """
    Afghanistan
    Afrique du Sud
    Albanie
    Algérie
    Allemagne
    Andorre
    Angola
    Antigua-et-Barbuda
    Arabie saoudite
    Arabie Saoudite
    Argentine
    Arménie
    Australie
    Autriche
    Azerbaïdjan
    Bahamas
    Bahreïn
    Bangladesh
    Barbade
    Belgique
    Belize
    Bénin
    Benin
    Bhoutan
    Biélorussie
    Bélarus
    Belarus
    Birmanie
    Myanmar
    Bolivie
    Bosnie-Herzégovine
    Botswana
    Brésil
    Brunéi
    Brunei
    Brunéi Darussalam
    Bulgarie
    Burkina Faso
    Burkina
    Burundi
    Cambodge
    Cameroun
    Canada
    Cap-Vert
    Cabo Verde
    Centrafrique
    République centrafricaine
    Chili
    Chine
    Chypre
    Colombie
    Comores
    Congo
    République du Congo
    Congo-Brazzaville
    République démocratique du Congo
    Congo-Kinshasa
    RD Congo
    Corée du Nord
    Corée du Sud
    République de Corée
    République populaire démocratique de Corée
    Costa Rica
    Côte d’Ivoire
    Croatie
    Cuba
    Danemark
    Djibouti
    Dominique
    Égypte
    Egypte
    Émirats arabes unis
    Emirats arabes unis
    Équateur
    Equateur
    Érythrée
    Erythrée
    Espagne
    Estonie
    Eswatini
    Swaziland
    États-Unis
    Etats-Unis
    États-Unis d’Amérique
    Éthiopie
    Ethiopie
    Fidji
    Finlande
    France
    Gabon
    Gambie
    Géorgie
    Georgie
    Ghana
    Grèce
    Grenade
    Guatemala
    Guinée
    Guinée-Bissau
    Guinée équatoriale
    Guyana
    Haïti
    Haiti
    Honduras
    Hongrie
    Inde
    Indonésie
    Irak
    Iraq
    Iran
    République islamique d’Iran
    Irlande
    Islande
    Israël
    Israel
    Italie
    Jamaïque
    Japon
    Jordanie
    Kazakhstan
    Kenya
    Kirghizistan
    Kiribati
    Koweït
    Laos
    République démocratique populaire lao
    Lesotho
    Lettonie
    Liban
    Liberia
    Libéria
    Libye
    Liechtenstein
    Lituanie
    Luxembourg
    Macédoine du Nord
    Macédoine
    ex-République yougoslave de Macédoine
    Ex-République yougoslave de Macédoine
    Madagascar
    Malaisie
    Malawi
    Maldives
    Mali
    Malte
    Maroc
    Îles Marshall
    Maurice
    Île Maurice
    Mauritanie
    Mexique
    Micronésie
    États fédérés de Micronésie
    Moldavie
    Moldova
    République de Moldova
    Monaco
    Mongolie
    Monténégro
    Mozambique
    Namibie
    Nauru
    Népal
    Nicaragua
    Niger
    Nigeria
    Nigéria
    Norvège
    Nouvelle-Zélande
    Oman
    Ouganda
    Ouzbékistan
    Pakistan
    Palaos
    Palestine
    État de Palestine
    Territoire palestinien occupé
    Territoires palestiniens
    Territoires palestiniens occupés
    Panama
    Papouasie-Nouvelle-Guinée
    Paraguay
    Pays-Bas
    Pérou
    Philippines
    Pologne
    Portugal
    Qatar
    République dominicaine
    République tchèque
    Tchéquie
    Roumanie
    Royaume-Uni
    Russie
    Fédération de Russie
    Rwanda
    Saint-Kitts-et-Nevis
    Sainte-Lucie
    Saint-Marin
    Saint-Siège
    Vatican
    Saint-Vincent-et-les-Grenadines
    Îles Salomon
    Salvador
    El Salvador
    Samoa
    Sao Tomé-et-Principe
    São Tomé-et-Principe
    Sénégal
    Senegal
    Serbie
    Seychelles
    Sierra Leone
    Singapour
    Slovaquie
    Slovénie
    Somalie
    Soudan
    Soudan du Sud
    Sri Lanka
    Suède
    Suisse
    Suriname
    Syrie
    République arabe syrienne
    Tadjikistan
    Tanzanie
    République-Unie de Tanzanie
    Tchad
    Thaïlande
    Timor-Leste
    Timor oriental
    Togo
    Tonga
    Trinité-et-Tobago
    Tunisie
    Turkménistan
    Turquie
    Türkiye
    Tuvalu
    Ukraine
    Uruguay
    Vanuatu
    Venezuela
    Vénézuela
    Viêt Nam
    Vietnam
    Viet Nam
    Yémen
    Yemen
    Zambie
    Zimbabwe
    Kosovo
    Taïwan
    Taiwan
    Hong Kong
    Macao
    Sahara occidental
    Groenland
    Îles Féroé
    Gibraltar
    Porto Rico
    Guadeloupe
    Martinique
    Guyane
    Guyane française
    La Réunion
    Réunion
    Mayotte
    Nouvelle-Calédonie
    Polynésie française
    Wallis-et-Futuna
    Saint-Pierre-et-Miquelon
    Saint-Martin
    Saint-Barthélemy
    Îles Turques-et-Caïques
    Îles Vierges britanniques
    Îles Vierges des États-Unis
    Îles Caïmans
    Anguilla
    Montserrat
    Bermudes
    Aruba
    Curaçao
    Sint Maarten
    Bonaire
    Guam
    Samoa américaines
    Îles Mariannes du Nord
    Tokelau
    Niue
    Îles Cook
    Pitcairn
    Sainte-Hélène
    Îles Malouines
    Îles Falkland
    Jersey
    Guernesey
    Île de Man
    Somaliland
    Puntland
    Jubaland
    Transnistrie
    Abkhazie
    Ossétie du Sud
    Haut-Karabakh
    Crimée
    Donbass
    Kurdistan
    Kurdistan irakien
    Région du Kurdistan d’Irak
    Région du Kurdistan irakien
    Cisjordanie
    Gaza
    Bande de Gaza
    Jérusalem-Est
    Plateau du Golan
    Golan
    """

  /// English, Italian and Spanish forms seen in datelines and credits.
  private static let datelineForms = """
    Switzerland
    Geneva
    Genf
    Ginevra
    Ginebra
    Thailand
    Roma
    Rome
    Italy
    Italia
    Greece
    Spain
    España
    Germany
    Deutschland
    Belgium
    Austria
    Netherlands
    The Netherlands
    Egypt
    Jordan
    Ethiopia
    Sudan
    South Sudan
    Somalia
    Syria
    Lebanon
    Turkey
    Libya
    Tunisia
    Morocco
    Algeria
    Cameroon
    Guinea
    Mauritania
    Chad
    Central African Republic
    Democratic Republic of the Congo
    Republic of the Congo
    Ivory Coast
    South Africa
    Zambia
    Tanzania
    Uganda
    Indonesia
    Malaysia
    Cambodia
    Nepal
    India
    China
    Japan
    Mexico
    Colombia
    Ecuador
    Peru
    Brazil
    Brasil
    Chile
    Argentina
    Dominican Republic
    Poland
    Romania
    Hungary
    Slovakia
    Czech Republic
    Czechia
    Bulgaria
    Serbia
    Croatia
    Slovenia
    Bosnia and Herzegovina
    North Macedonia
    Albania
    Montenegro
    Cyprus
    Malta
    Georgia
    Armenia
    Azerbaijan
    Kyrgyzstan
    Tajikistan
    Uzbekistan
    Turkmenistan
    Russia
    Russian Federation
    Norway
    Sweden
    Denmark
    Finland
    Iceland
    Ireland
    United Kingdom
    United States
    United States of America
    Australia
    New Zealand
    Papua New Guinea
    Fiji
    Solomon Islands
    Marshall Islands
    Eritrea
    Comoros
    Mauritius
    Gambia
    The Gambia
    Guinea-Bissau
    Namibia
    Equatorial Guinea
    Libia
    Grecia
    Turchia
    Egitto
    Marocco
    Svizzera
    Germania
    Francia
    Spagna
    Belgio
    Bruxelles
    Brussels
    Vienna
    Wien
    Berlin
    London
    Londres
    Bangkok
    Cairo
    Manila
    Manille
    Pretoria
    Buenos Aires
    Panama City
    Ciudad de Panamá
    Lisbon
    Lisboa
    Athens
    Copenhagen
    Stockholm
    The Hague
    Den Haag
    Washington
    Washington D.C.
    New York
    Sana’a
    Addis Ababa
    Mogadishu
    Beirut
    Baghdad
    Kyiv
    Kiev
    Warsaw
    Bucharest
    Moscow
    Tbilisi
    Yerevan
    Damascus
    Aleppo
    Jerusalem
    Kathmandu
    Yangon
    Rangoon
    Phnom Penh
    Hanoi
    Seoul
    Beijing
    Tokyo
    Dhaka
    Islamabad
    New Delhi
    Kabul
    Tehran
    Tripoli
    Tunis
    Rabat
    Algiers
    Niamey
    Dakar
    Nairobi
    Kampala
    Kinshasa
    Juba
    Khartoum
    Palermo
    Catania
    Napoli
    Milano
    Torino
    Siracusa
    Messina
    Agrigento
    Venezia
    Firenze
    Trapani
    """

  /// The capital of every country, in French spelling (with common variants).
  private static let capitals = """
    Kaboul
    Le Cap
    Bloemfontein
    Tirana
    Alger
    Andorre-la-Vieille
    Luanda
    Saint John’s
    Riyad
    Riyadh
    Erevan
    Canberra
    Vienne
    Bakou
    Nassau
    Manama
    Dacca
    Bridgetown
    Belmopan
    Porto-Novo
    Cotonou
    Thimphou
    Minsk
    Naypyidaw
    Naypyitaw
    Rangoun
    Sucre
    La Paz
    Sarajevo
    Gaborone
    Brasilia
    Brasília
    Bandar Seri Begawan
    Sofia
    Ouagadougou
    Gitega
    Bujumbura
    Yaoundé
    Ottawa
    Praia
    Santiago
    Santiago du Chili
    Pékin
    Nicosie
    Bogota
    Bogotá
    Moroni
    Brazzaville
    Pyongyang
    Séoul
    San José
    Yamoussoukro
    Abidjan
    Zagreb
    La Havane
    Copenhague
    Roseau
    Le Caire
    Abou Dhabi
    Abu Dhabi
    Quito
    Asmara
    Madrid
    Tallinn
    Mbabane
    Addis-Abeba
    Addis Abeba
    Suva
    Helsinki
    Paris
    Libreville
    Banjul
    Tbilissi
    Accra
    Athènes
    Saint-Georges
    Guatemala Ciudad
    Ciudad de Guatemala
    Conakry
    Bissau
    Malabo
    Georgetown
    Port-au-Prince
    Tegucigalpa
    Budapest
    Delhi
    Jakarta
    Bagdad
    Téhéran
    Dublin
    Reykjavik
    Jérusalem
    Tel-Aviv
    Tel Aviv
    Kingston
    Amman
    Astana
    Bichkek
    Tarawa
    Koweït City
    Vientiane
    Maseru
    Riga
    Beyrouth
    Monrovia
    Vaduz
    Vilnius
    Skopje
    Antananarivo
    Kuala Lumpur
    Lilongwe
    Malé
    Bamako
    La Valette
    Majuro
    Port-Louis
    Nouakchott
    Palikir
    Chișinău
    Chisinau
    Kichinev
    Oulan-Bator
    Podgorica
    Maputo
    Windhoek
    Yaren
    Katmandou
    Managua
    Abuja
    Oslo
    Wellington
    Mascate
    Tachkent
    Ngerulmud
    Ramallah
    Port Moresby
    Asuncion
    Asunción
    Amsterdam
    La Haye
    Lima
    Varsovie
    Lisbonne
    Doha
    Bangui
    Saint-Domingue
    Prague
    Bucarest
    Moscou
    Kigali
    Basseterre
    Castries
    Kingstown
    Honiara
    San Salvador
    Apia
    São Tomé
    Belgrade
    Victoria
    Freetown
    Bratislava
    Ljubljana
    Mogadiscio
    Djouba
    Colombo
    Sri Jayawardenepura Kotte
    Berne
    Paramaribo
    Damas
    Douchanbé
    Dodoma
    Dar es Salaam
    N’Djamena
    Ndjamena
    Dili
    Lomé
    Nuku’alofa
    Port-d’Espagne
    Achgabat
    Ankara
    Funafuti
    Montevideo
    Port-Vila
    Caracas
    Hanoï
    Sanaa
    Lusaka
    Harare
    Pristina
    Taipei
    Taïpei
    Hargeisa
    """

  /// Continents, world regions and sub-regions, in French and English.
  private static let regions = """
    Afrique
    Europe
    Asie
    Amérique
    Amériques
    Océanie
    Antarctique
    Arctique
    Afrique de l’Ouest
    Afrique occidentale
    Afrique de l’Ouest et du Centre
    Afrique de l’Est
    Afrique orientale
    Afrique de l’Est et Corne de l’Afrique
    Afrique de l’Est et australe
    Afrique australe
    Afrique centrale
    Afrique du Nord
    Afrique du Nord-Est
    Afrique subsaharienne
    Afrique sub-saharienne
    Corne de l’Afrique
    Grands Lacs
    région des Grands Lacs
    Région des Grands Lacs
    Moyen-Orient
    Moyen-Orient et Afrique du Nord
    Proche-Orient
    Golfe
    pays du Golfe
    Pays du Golfe
    golfe Persique
    Golfe Persique
    Asie du Sud-Est
    Asie du Sud
    Asie centrale
    Asie de l’Est
    Asie du Nord-Est
    Asie occidentale
    Asie-Pacifique
    Asie et Pacifique
    Pacifique
    Pacifique Sud
    Balkans
    Balkans occidentaux
    Sahel
    Sahel central
    Sahel occidental
    Sahara
    Sahara central
    Maghreb
    Machrek
    Levant
    Caraïbes
    Caraïbe
    Antilles
    Amérique latine
    Amérique latine et Caraïbes
    Amérique du Sud
    Amérique centrale
    Amérique du Nord
    Mésoamérique
    Europe de l’Est
    Europe de l’Ouest
    Europe occidentale
    Europe orientale
    Europe centrale
    Europe du Sud
    Europe du Nord
    Europe du Sud-Est
    Europe du Sud-Est et Europe orientale
    Scandinavie
    Caucase
    Caucase du Sud
    Péninsule arabique
    péninsule Arabique
    Péninsule Arabique
    Péninsule ibérique
    Triangle du Nord
    Triangle du Nord de l’Amérique centrale
    Liptako-Gourma
    bassin du lac Tchad
    Bassin du lac Tchad
    région du lac Tchad
    Région du lac Tchad
    Sud-Est asiatique
    Indochine
    Mélanésie
    Polynésie
    Cône Sud
    région andine
    Région andine
    West Africa
    East Africa
    Horn of Africa
    Middle East
    North Africa
    Southern Africa
    Central Africa
    Latin America
    Latin America and the Caribbean
    South-East Asia
    Southeast Asia
    South Asia
    Central Asia
    Asia-Pacific
    Asia and the Pacific
    Western Balkans
    Mediterranean
    Central Mediterranean
    Eastern Mediterranean
    Western Mediterranean
    Aegean Sea
    Gulf of Aden
    Red Sea
    Lake Chad
    Lake Chad Basin
    Sub-Saharan Africa
    Great Lakes
    Caribbean
    Northern Triangle
    Darien Gap
    MENA
    """

  /// Seas, gulfs, straits, oceans, lakes and rivers.
  private static let waters = """
    Méditerranée
    mer Méditerranée
    Mer Méditerranée
    Méditerranée centrale
    Méditerranée orientale
    Méditerranée occidentale
    mer Égée
    Mer Égée
    mer Egée
    Mer Egée
    Égée
    Manche
    mer du Nord
    Mer du Nord
    mer Rouge
    Mer Rouge
    mer Noire
    Mer Noire
    mer Caspienne
    Mer Caspienne
    mer Baltique
    Mer Baltique
    mer Ionienne
    Mer Ionienne
    mer Tyrrhénienne
    Mer Tyrrhénienne
    mer Adriatique
    Mer Adriatique
    Adriatique
    mer d’Andaman
    Mer d’Andaman
    mer d’Arabie
    Mer d’Arabie
    mer de Chine méridionale
    Mer de Chine méridionale
    mer des Caraïbes
    Mer des Caraïbes
    mer d’Alboran
    Mer d’Alboran
    Atlantique
    océan Atlantique
    Océan Atlantique
    Atlantique Nord
    Atlantique Sud
    océan Indien
    Océan Indien
    océan Pacifique
    Océan Pacifique
    océan Arctique
    Océan Arctique
    golfe d’Aden
    Golfe d’Aden
    golfe du Bengale
    Golfe du Bengale
    golfe de Guinée
    Golfe de Guinée
    golfe du Mexique
    Golfe du Mexique
    golfe d’Oman
    Golfe d’Oman
    golfe de Thaïlande
    Golfe de Thaïlande
    golfe d’Urabá
    Golfe d’Urabá
    golfe de Syrte
    Golfe de Syrte
    golfe de Tadjourah
    Golfe de Tadjourah
    canal de Sicile
    Canal de Sicile
    détroit de Sicile
    Détroit de Sicile
    canal du Mozambique
    Canal du Mozambique
    détroit de Gibraltar
    Détroit de Gibraltar
    détroit de Bab-el-Mandeb
    Détroit de Bab-el-Mandeb
    Bab-el-Mandeb
    Bab el-Mandeb
    détroit d’Ormuz
    Détroit d’Ormuz
    détroit de Malacca
    Détroit de Malacca
    détroit du Bosphore
    Détroit du Bosphore
    Bosphore
    Dardanelles
    canal de Suez
    Canal de Suez
    canal de Panama
    Canal de Panama
    lac Tchad
    Lac Tchad
    lac Victoria
    Lac Victoria
    lac Kivu
    Lac Kivu
    lac Tanganyika
    Lac Tanganyika
    lac Albert
    Lac Albert
    lac Édouard
    Lac Édouard
    lac Malawi
    Lac Malawi
    lac Turkana
    Lac Turkana
    lac Titicaca
    Lac Titicaca
    Nil
    Nil Blanc
    Nil Bleu
    fleuve Niger
    Fleuve Niger
    fleuve Congo
    Fleuve Congo
    fleuve Sénégal
    Fleuve Sénégal
    Oubangui
    Chari
    Logone
    Komadougou Yobé
    Rio Grande
    Río Bravo
    Evros
    Évros
    Maritsa
    Danube
    Drina
    Tigre
    Euphrate
    Suchiate
    Usumacinta
    Darién
    Bouchon du Darién
    bouchon du Darién
    Mékong
    Naf
    rivière Naf
    Rivière Naf
    Chenab
    Indus
    Amou-Daria
    Dniepr
    Dniestr
    Prut
    Tisza
    Morava
    Vardar
    Rhin
    Rhône
    Roya
    Bidassoa
    """

  /// Islands and island groups, with the camps and ports named after them.
  private static let islands = """
    Lampedusa
    Linosa
    Pantelleria
    Sicile
    Sardaigne
    Calabre
    Pouilles
    Gozo
    Crète
    Gavdos
    Lesbos
    île de Lesbos
    Île de Lesbos
    Mytilène
    Moria
    Kara Tepe
    Chios
    Samos
    Vathy
    Kos
    Leros
    Rhodes
    Agathonisi
    Farmakonisi
    Symi
    Kalymnos
    Patmos
    Karpathos
    Canaries
    Îles Canaries
    îles Canaries
    El Hierro
    Lanzarote
    Fuerteventura
    Tenerife
    Gran Canaria
    La Gomera
    Baléares
    Îles Baléares
    Majorque
    Zanzibar
    Pemba
    Socotra
    Anjouan
    Mohéli
    Grande Comore
    Bhasan Char
    Manus
    Île Christmas
    Lombok
    Sumatra
    Java
    Bornéo
    Sulawesi
    Mindanao
    Luzon
    Visayas
    Leyte
    Samar
    Tacloban
    Cebu
    Hispaniola
    Bioko
    Bougainville
    Efate
    Espiritu Santo
    Viti Levu
    Vanua Levu
    Upolu
    Savai’i
    Tongatapu
    Tarawa-Sud
    """

  /// North Africa: Libya, Tunisia, Algeria, Morocco, Egypt.
  private static let northAfrica = """
    Misrata
    Zouara
    Zuwara
    Zaouïa
    Zawiya
    Sabratha
    Garabulli
    Khoms
    Al Khoms
    Syrte
    Sirte
    Benghazi
    Tobrouk
    Tobruk
    Derna
    Sabha
    Sebha
    Koufra
    Kufra
    Ghat
    Gatroun
    Ajdabiya
    Bani Walid
    Tajoura
    Tarik al-Sikka
    Abou Salim
    Ras Jedir
    Ras Ajdir
    Gharyan
    Murzuq
    Oubari
    Ubari
    Al Jufainah
    Fezzan
    Tripolitaine
    Cyrénaïque
    Sfax
    Zarzis
    Médenine
    Ben Guerdane
    Kerkennah
    Sousse
    Monastir
    Mahdia
    Gabès
    Tataouine
    Kasserine
    Choucha
    Tamanrasset
    Oran
    Annaba
    Tlemcen
    Maghnia
    In Guezzam
    Ouargla
    Tanger
    Tétouan
    Nador
    Oujda
    Fès
    Marrakech
    Agadir
    Laâyoune
    Dakhla
    Tarfaya
    Casablanca
    Alexandrie
    Assouan
    Sinaï
    Port-Saïd
    Louxor
    """

  /// The Sahel, West Africa and the Lake Chad basin.
  private static let westAfrica = """
    Agadez
    Arlit
    Assamaka
    Dirkou
    Bilma
    Séguédine
    Zinder
    Maradi
    Tahoua
    Tillabéri
    Tillaberi
    Diffa
    Dosso
    Ouallam
    Ayorou
    Téra
    Bosso
    Mainé-Soroa
    N’Guigmi
    Abala
    Banibangou
    Kayes
    Gao
    Tombouctou
    Mopti
    Ségou
    Sikasso
    Kidal
    Ménaka
    Koulikoro
    Douentza
    Bandiagara
    Bankass
    Niono
    Djibo
    Dori
    Kaya
    Ouahigouya
    Fada N’Gourma
    Bobo-Dioulasso
    Arbinda
    Titao
    Kongoussi
    Barsalogho
    Diapaga
    Dédougou
    Banfora
    Gorom-Gorom
    Tambacounda
    Kolda
    Ziguinchor
    Kédougou
    Saint-Louis
    Thiès
    Kaolack
    Touba
    Casamance
    Nouadhibou
    Rosso
    Bassikounou
    Mbera
    Nzérékoré
    Kankan
    Labé
    Kindia
    Boké
    Siguiri
    Mamou
    Bouaké
    Korhogo
    San-Pédro
    Kumasi
    Tamale
    Makeni
    Kenema
    Bo
    Kissy
    Kambia
    Kailahun
    Koidu
    Abéché
    Baga Sola
    Goz Beïda
    Adré
    Farchana
    Iriba
    Ouaddaï
    Sila
    Wadi Fira
    Ennedi
    Tibesti
    Borkou
    Moundou
    Sarh
    Mongo
    Maroua
    Kousseri
    Kolofata
    Mokolo
    Garoua
    Ngaoundéré
    Bertoua
    Batouri
    Meiganga
    Bamenda
    Buea
    Douala
    Limbe
    Kumba
    Extrême-Nord
    Nord-Ouest
    Sud-Ouest
    Adamaoua
    Bakassi
    Maiduguri
    Borno
    État de Borno
    Yobe
    État de Yobe
    Adamawa
    État d’Adamawa
    Monguno
    Dikwa
    Gwoza
    Bama
    Damasak
    Banki
    Rann
    Ngala
    Konduga
    Mubi
    Yola
    Damaturu
    Kano
    Lagos
    Benin City
    Edo
    État d’Edo
    Port Harcourt
    Sokoto
    Katsina
    Zamfara
    Kaduna
    Jos
    Calabar
    Cross River
    """

  /// The Horn of Africa, East Africa, Sudan and South Sudan.
  private static let eastAfrica = """
    Kassala
    Gedaref
    Port-Soudan
    Port Sudan
    El Fasher
    El Facher
    Nyala
    El Geneina
    Geneina
    Zalingei
    Darfour
    Darfur
    Nord-Darfour
    Sud-Darfour
    Darfour occidental
    Ouest-Darfour
    Darfour central
    Kordofan
    Sud-Kordofan
    Omdourman
    Wad Madani
    Gezira
    Sennar
    Renk
    Malakal
    Bentiu
    Bor
    Wau
    Aweil
    Yei
    Torit
    Rumbek
    Abyei
    Pibor
    Jonglei
    Haut-Nil
    Équatoria
    Équatoria-Central
    Équatoria-Oriental
    Bahr el-Ghazal
    Tigré
    Tigray
    Amhara
    Afar
    Oromia
    Région Somali
    Gambella
    Dire Dawa
    Mekele
    Mekelle
    Shire
    Gondar
    Jijiga
    Moyale
    Dolo Ado
    Bahir Dar
    Massaoua
    Obock
    Tadjourah
    Ali Sabieh
    Dikhil
    Markazi
    Baidoa
    Kismayo
    Bosaso
    Garowe
    Galkayo
    Beledweyne
    Dollow
    Doolow
    Dhusamareb
    Mandera
    Wajir
    Garissa
    Dadaab
    Kakuma
    Kalobeyei
    Turkana
    Marsabit
    Mombasa
    Kisumu
    Eldoret
    Arua
    Kiryandongo
    Nakivale
    Bidibidi
    Adjumani
    Kyangwali
    Gulu
    Gashora
    Mahama
    Nyarugusu
    Kigoma
    """

  /// The Great Lakes and Central Africa.
  private static let centralAfrica = """
    Goma
    Bukavu
    Uvira
    Bunia
    Beni
    Butembo
    Rutshuru
    Masisi
    Kananga
    Tshikapa
    Kalemie
    Lubumbashi
    Mbandaka
    Kisangani
    Kasaï
    Kasaï central
    Kasaï-Central
    Kasaï-Oriental
    Nord-Kivu
    Sud-Kivu
    Ituri
    Tanganyika
    Tshopo
    Bas-Uele
    Haut-Uele
    Haut-Katanga
    Katanga
    Maniema
    Djugu
    Pointe-Noire
    Bambari
    Bria
    Kaga-Bandoro
    Paoua
    Bossangoa
    Birao
    Bouar
    Obo
    Zemio
    Ndélé
    Bangassou
    """

  /// Southern Africa and the Indian Ocean.
  private static let southernAfrica = """
    Cabo Delgado
    Montepuez
    Mocímboa da Praia
    Palma
    Metuge
    Ancuabe
    Macomia
    Beira
    Nampula
    Quelimane
    Sofala
    Manica
    Tete
    Niassa
    Zambézie
    Bulawayo
    Beitbridge
    Blantyre
    Dzaleka
    Johannesburg
    Durban
    Musina
    Toamasina
    Mamoudzou
    """

  /// The Middle East.
  private static let middleEast = """
    Alep
    Homs
    Hama
    Idlib
    Deir ez-Zor
    Deir ez-Zour
    Raqqa
    Hassaké
    Al-Hassaké
    Hasakah
    Qamichli
    Afrin
    Manbij
    Azaz
    Kobané
    Lattaquié
    Tartous
    Deraa
    Daraa
    Al-Hol
    Al Hol
    Rukban
    Ghouta
    Tripoli du Liban
    Bekaa
    Békaa
    Arsal
    Saïda
    Tyr
    Zaatari
    Azraq
    Mafraq
    Irbid
    Mossoul
    Erbil
    Dohuk
    Duhok
    Souleimaniye
    Sulaymaniyah
    Kirkouk
    Sinjar
    Ninive
    Ninewa
    Anbar
    Falloujah
    Fallujah
    Ramadi
    Tikrit
    Bassora
    Basra
    Najaf
    Kerbala
    Diyala
    Salah al-Din
    Marib
    Hodeïda
    Hodeidah
    Taïz
    Taiz
    Saada
    Hadramaout
    Mukalla
    Lahj
    Abyan
    Shabwa
    Aden
    Rafah
    Khan Younès
    Gaza-Ville
    Djeddah
    La Mecque
    Médine
    Dubaï
    Sharjah
    """

  /// Türkiye, the Caucasus and Central Asia.
  private static let turkeyAndCentralAsia = """
    Istanbul
    Izmir
    Gaziantep
    Şanlıurfa
    Sanliurfa
    Hatay
    Antakya
    Kilis
    Mersin
    Adana
    Van
    Edirne
    Bodrum
    Ayvalık
    Çeşme
    Kahramanmaraş
    Malatya
    Adıyaman
    Diyarbakır
    Samarcande
    Boukhara
    Ferghana
    Och
    Almaty
    Batoumi
    Koutaïssi
    """

  /// Iran, Afghanistan and Pakistan: cities, provinces and border crossings.
  private static let iranAfghanistanPakistan = """
    Shiraz
    Ispahan
    Tabriz
    Mashhad
    Machhad
    Kerman
    Yazd
    Zahedan
    Qom
    Islam Qala
    Spin Boldak
    Torkham
    Hérat
    Herat
    Kandahar
    Jalalabad
    Mazar-i-Sharif
    Kunduz
    Ghazni
    Helmand
    Nimroz
    Badakhshan
    Bamyan
    Balkh
    Nangarhar
    Kunar
    Paktia
    Khost
    Faryab
    Badghis
    Farah
    Ghor
    Uruzgan
    Zabul
    Logar
    Parwan
    Takhar
    Baghlan
    Laghman
    Karachi
    Lahore
    Peshawar
    Quetta
    Sindh
    Pendjab
    Punjab
    Balouchistan
    Baloutchistan
    Balochistan
    Khyber Pakhtunkhwa
    """

  /// South and South-East Asia.
  private static let southAndSouthEastAsia = """
    Cox’s Bazar
    Kutupalong
    Teknaf
    Ukhia
    Chittagong
    Chattogram
    Sylhet
    Khulna
    Rajshahi
    Barisal
    Rangpur
    Rakhine
    État de Rakhine
    Sittwe
    Maungdaw
    Buthidaung
    Kachin
    Shan
    Mae Sot
    Chiang Mai
    Ranong
    Phuket
    Songkhla
    Sabah
    Sarawak
    Penang
    Johor
    Aceh
    Batam
    Tanjung Pinang
    Medan
    Surabaya
    Makassar
    Kupang
    Davao
    Marawi
    Zamboanga
    Iloilo
    Kolkata
    Calcutta
    Mumbai
    Bombay
    Chennai
    Bangalore
    Kerala
    Tamil Nadu
    Pokhara
    Jaffna
    Trincomalee
    """

  /// Latin America and the Caribbean, with the migrant route through the Darién.
  private static let americas = """
    Tapachula
    Ciudad Juárez
    Ciudad Juarez
    Monterrey
    Tijuana
    Mexicali
    Reynosa
    Matamoros
    Nuevo Laredo
    Piedras Negras
    Tenosique
    Chiapas
    Oaxaca
    Veracruz
    Tabasco
    Guadalajara
    El Paso
    San Diego
    Nogales
    Acuña
    Ciudad Acuña
    Ciudad Hidalgo
    Tecún Umán
    Esquipulas
    Quetzaltenango
    Huehuetenango
    San Pedro Sula
    Choluteca
    Danlí
    Trojes
    Ocotal
    Paso Canoas
    Peñas Blancas
    Upala
    Los Chiles
    Necoclí
    Capurganá
    Acandí
    Lajas Blancas
    Bajo Chiquito
    San Vicente
    Metetí
    Yaviza
    Chiriquí
    Cúcuta
    Medellín
    Medellin
    Cali
    Barranquilla
    Cartagena
    Carthagène
    Santa Marta
    Riohacha
    Maicao
    Arauca
    Ipiales
    Pasto
    Nariño
    Norte de Santander
    La Guajira
    Villa del Rosario
    Rumichaca
    Tulcán
    Guayaquil
    Huaquillas
    Tumbes
    Tacna
    Arica
    Iquique
    Colchane
    Boa Vista
    Pacaraima
    Manaus
    Roraima
    Amazonas
    São Paulo
    Sao Paulo
    Rio de Janeiro
    Foz do Iguaçu
    Maracaibo
    Táchira
    Zulia
    San Antonio del Táchira
    Cap-Haïtien
    Gonaïves
    Les Cayes
    Jérémie
    Jacmel
    Hinche
    Ouanaminthe
    Belladère
    Anse-à-Pitres
    Saint-Marc
    Fort-Liberté
    Port-de-Paix
    Miragoâne
    Petit-Goâve
    Léogâne
    Croix-des-Bouquets
    Cité Soleil
    Martissant
    Carrefour
    Delmas
    Pétion-Ville
    Tabarre
    Bel-Air
    Grand’Anse
    Nippes
    Artibonite
    Plateau central
    Dajabón
    Santo Domingo
    Santiago de los Caballeros
    Elías Piña
    Jimaní
    """

  /// Europe: border towns, ports, camps and cities on the migration routes.
  private static let europe = """
    Calais
    Dunkerque
    Grande-Synthe
    Ouistreham
    Cherbourg
    Vintimille
    Ventimiglia
    Bardonecchia
    Briançon
    Menton
    Nice
    Marseille
    Lyon
    Lille
    Bordeaux
    Toulouse
    Strasbourg
    Nantes
    Rennes
    Montpellier
    Bayonne
    Hendaye
    Irun
    Vaulx-en-Velin
    Saint-Denis
    Seine-Saint-Denis
    Île-de-France
    Hauts-de-France
    Provence-Alpes-Côte d’Azur
    Occitanie
    Nouvelle-Aquitaine
    Melilla
    Ceuta
    Algésiras
    Algeciras
    Tarifa
    Almería
    Motril
    Malaga
    Málaga
    Cadix
    Las Palmas
    Santa Cruz de Tenerife
    Andalousie
    Catalogne
    Barcelone
    Valence
    Séville
    Le Pirée
    Pirée
    Thessalonique
    Orestiada
    Patras
    Malakasa
    Ritsona
    Schisto
    Skaramagas
    Idomeni
    Gevgelija
    Tabanovce
    Preševo
    Presevo
    Subotica
    Šid
    Sid
    Horgoš
    Röszke
    Kelebija
    Bihać
    Bihac
    Velika Kladuša
    Lipa
    Tuzla
    Una-Sana
    Pozzallo
    Augusta
    Catane
    Palerme
    Messine
    Syracuse
    Agrigente
    Reggio de Calabre
    Reggio Calabria
    Crotone
    Tarente
    Taranto
    Bari
    Brindisi
    Lecce
    Naples
    Milan
    Turin
    Gênes
    Venise
    Trieste
    Bologne
    Florence
    Côme
    Lombardie
    Piémont
    Ligurie
    Frioul-Vénétie Julienne
    Vénétie
    Toscane
    Latium
    Sicilia
    Sardegna
    Valletta
    Genève
    Zurich
    Bâle
    Lausanne
    Chiasso
    Lugano
    Munich
    Francfort
    Hambourg
    Cologne
    Rosenheim
    Passau
    Anvers
    Gand
    Liège
    Douvres
    Folkestone
    Manchester
    Birmingham
    Glasgow
    Édimbourg
    Belfast
    Rotterdam
    Ter Apel
    Göteborg
    Malmö
    Traiskirchen
    Graz
    Salzbourg
    Spielfeld
    Harmanli
    Cracovie
    Lublin
    Rzeszów
    Przemyśl
    Medyka
    Hrebenne
    Dorohusk
    Chełm
    Białystok
    """

  /// Ukraine and its neighbours: cities and border crossings.
  private static let ukraineAndNeighbours = """
    Kharkiv
    Kharkov
    Lviv
    Lvov
    Odessa
    Dnipro
    Zaporijia
    Zaporizhzhia
    Marioupol
    Mariupol
    Donetsk
    Louhansk
    Luhansk
    Kherson
    Mykolaïv
    Mykolaiv
    Tchernihiv
    Chernihiv
    Soumy
    Sumy
    Oujhorod
    Uzhhorod
    Tchernivtsi
    Chernivtsi
    Vinnytsia
    Ivano-Frankivsk
    Ternopil
    Jytomyr
    Zhytomyr
    Poltava
    Kramatorsk
    Sloviansk
    Bakhmout
    Bakhmut
    Boutcha
    Bucha
    Irpin
    Palanca
    Otaci
    Ungheni
    Bălți
    Balti
    Siret
    Suceava
    Isaccea
    Galați
    Sighetu Marmației
    Iași
    Iasi
    Košice
    Vyšné Nemecké
    Záhony
    Beregsurány
    Saint-Pétersbourg
    Kaliningrad
    Brest
    Grodno
    Hrodna
    """
}
