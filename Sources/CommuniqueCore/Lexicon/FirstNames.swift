/// Given names as they are capitalised in the French press, one token each (compound names such as
/// Jean-Pierre are one hyphenated token), used to tell a person from an organisation or a place
/// when a release names someone without a title. Written by hand for communique from the naming
/// conventions of the regions IOM releases cover: French, Belgian, Swiss and Québec names; Arabic
/// names in French transliteration; West, Central, East and Southern African names; English,
/// Iberian, Italian, Germanic, Greek, Slavic, Balkan, Caucasian, Turkish, Persian, Afghan, South
/// Asian, South-East and East Asian, Haitian and Pacific names, with the given names of well-known
/// UN and IOM officials. Words that are also a country, region, city, month or day name are left
/// out, and no word here is in `PlaceNames.all`. Apostrophes are stored as the curly `’` only: the
/// consumer folds `'` to `’` before looking a word up.
public enum FirstNames {
  /// Every given name, as written (case-sensitive).
  public static let all: Set<String> = Set(
    WordList.words(
      [
        french,
        arabic,
        westAfrican,
        eastAndCentralAfrican,
        english,
        iberian,
        italian,
        germanic,
        greekAndSlavic,
        balkanAndCaucasian,
        turkishAndPersian,
        southAsian,
        eastAsian,
        haitianAndPacific,
      ]
      .joined(separator: " ")))

  /// French, Belgian, Swiss and Québec given names.
  private static let french = """
    Adam Adèle Adeline Adrien Agathe Agnès Alain Albane Albert Alexandre Alexis Alice Aline Alix
    Alphonse Amandine Amaury Ambre Ambroise Amélie An-Sofie Anaïs Anatole André Ann Anna Annabelle
    Anne Anne-Catherine Anne-Cécile Anne-Charlotte Anne-Christine Anne-Claire Anne-Françoise
    Anne-Gaëlle Anne-Hélène Anne-Laure Anne-Lise Anne-Marie Anne-Sophie Annelies Annick Annie
    Annie-Claude Anouk Anselme Anthony Antoine Antoinette Apolline Arielle Aristide Arlette Armand
    Armelle Arnaud Arsène Arthur Astrid Aude Audrey Audrey-Anne Auguste Augustin Aurèle Aurélia
    Aurélie Aurélien Aurore Axelle Aymeric Baptiste Bart Barthélemy Basile Bastien Baudouin Beat
    Béatrice Bénédicte Benjamin Benoit Benoît Bérenger Bérénice Bernadette Bernard Bert Berthe
    Bertrand Blaise Blandine Brice Brigitte Bruno Calixte Camille Candice Capucine Carine Carla
    Carole Caroline Casimir Cassandre Catherine Cécile Cédric Célestin Célia Céline Chantal Charles
    Charles-Antoine Charles-Henri Charles-Olivier Charline Charlotte Charly Chloé Christelle
    Christian Christine Christoph Christophe Chrystelle Cindy Claire Clara Clarisse Claude
    Claudette Claudine Clémence Clément Clotilde Clovis Colette Colin Coline Constance Cora Coralie
    Corentin Corinne Cynthia Cyprien Cyrielle Cyril Cyrille Damien Daniel Danièle Danielle Daphné
    David Déborah Delphine Denis Denise Diane Didier Dimitri Dolorès Donatien Doriane Doris
    Dorothée Dries Edith Édith Edmond Edouard Édouard Edwige Éléa Eléonore Éléonore Eliane Éliane
    Elie Élie Elio Elisa Élisa Elisabeth Élisabeth Elise Élise Elliot Elodie Élodie Éloi Eloïse
    Éloïse Els Elsa Emeline Émeline Emile Émile Emilie Émilie Émilie-Anne Emma Emmanuel Emmanuelle
    Emmy Enzo Eric Éric Erwan Erwann Estelle Ethan Etienne Étienne Eugène Eugénie Eva Éva Evan
    Evelien Evelyne Évelyne Ewen Fabien Fabienne Fabrice Fanny Faustine Félicie Félix Félix-Antoine
    Ferdinand Fernand Filip Firmin Flavie Fleurine Flore Florent Florian Francine Francis Franck
    François François-Régis François-Xavier Françoise Frédéric Fritz Fulbert Gabriel Gabrielle Gaël
    Gaëlle Gaétan Gaëtan Gaétane Gaspard Gaston Gauthier Gautier Gaylord Geneviève Geoffroy Georges
    Gérald Géraldine Gérard Germaine Ghislain Ghislaine Gilbert Gildas Gilles Ginette Gisèle
    Gonzague Goulven Grégoire Grégory Griet Guénolé Guillaume Gustave Guy Guy-Philippe Guylaine
    Gwenaël Gwenaëlle Gwendoline Hansjörg Hanspeter Hansruedi Hector Hélène Héloïse Henri
    Henri-Pierre Henriette Hermine Hervé Hilaire Hilde Hippolyte Honoré Hortense Hubert Hugette
    Hugo Huguette Ignace Ignazio Ilse Ines Inès Inge Ingrid Irène Iris Isabeau Isabelle Isaure
    Isidore Jacinthe Jacqueline Jacques Jacynthe Jade Jan Jean Jean-Alain Jean-Antoine
    Jean-Baptiste Jean-Benoît Jean-Bernard Jean-Bertrand Jean-Charles Jean-Christophe Jean-Claude
    Jean-Daniel Jean-Denis Jean-Didier Jean-Edouard Jean-Emmanuel Jean-Eudes Jean-Félix
    Jean-François Jean-Frédéric Jean-Gabriel Jean-Gilles Jean-Guy Jean-Hervé Jean-Hugues
    Jean-Jacques Jean-Jérôme Jean-Joseph Jean-Lou Jean-Louis Jean-Loup Jean-Luc Jean-Marc
    Jean-Marie Jean-Max Jean-Michel Jean-Nicolas Jean-Noël Jean-Olivier Jean-Patrick Jean-Paul
    Jean-Philippe Jean-Pierre Jean-Rémy Jean-René Jean-Robert Jean-Sébastien Jean-Simon Jean-Thomas
    Jean-Victor Jean-Vincent Jean-Yann Jean-Yves Jeanne Jeannette Jeannine Jef Jennifer Jérémy
    Jérôme Jessica Jimmy Joachim Joanna Jocelin Jocelyn Jocelyne Joël Joëlle Johan Johann Johanna
    Johanne Joke Jonathan Jordy Josée Joseph Joséphine Josette Josiane Josselin Josué Judith Jules
    Julie Julien Julienne Juliette Jürg Justine Karin Karine Karolane Katia Katrien Kelly Kevin
    Kévin Killian Kim Koen Kristof Kylian Laetitia Laëtitia Lambert Landry Laura Laure Laurence
    Laurène Laurent Laurianne Lazare Léa Léandre Léane Leen Léna Léo Léon Léonard Léonce Léonie
    Léonore Léontine Léopold Lien Lieven Lilian Liliane Lilou Lina Lionel Lisa Lise Loane Loïc Lola
    Lorène Lorette Loris Lothaire Lotte Lou Louane Louis Louis-Charles Louis-Marie Louis-Philippe
    Louisa Louise Luc Luc-Olivier Luca Lucas Lucette Lucie Lucien Lucienne Lucile Lucille Ludivine
    Ludovic Ludwig Lydia Lydie Lyne Lysiane Lætitia Madeleine Mael Maël Maëlle Maëlys Maëva Magali
    Mahé Maïté Maïwenn Malo Manon Marc Marc-Alexandre Marc-André Marc-Antoine Marc-Olivier Marceau
    Marcel Marcelle Marcellin Margaux Margot Marguerite Marianne Marie Marie-Agnès Marie-Alix
    Marie-Amélie Marie-Andrée Marie-Ange Marie-Anne Marie-Annick Marie-Carmelle Marie-Caroline
    Marie-Cécile Marie-Chantal Marie-Charlotte Marie-Christine Marie-Claire Marie-Claude
    Marie-Dominique Marie-Emmanuelle Marie-Eve Marie-Ève Marie-Françoise Marie-Gabrielle
    Marie-Hélène Marie-Jeanne Marie-Joëlle Marie-José Marie-Josée Marie-Julie Marie-Laure
    Marie-Line Marie-Lou Marie-Louise Marie-Luce Marie-Lyne Marie-Madeleine Marie-Madeline
    Marie-Michèle Marie-Noëlle Marie-Odile Marie-Paule Marie-Pier Marie-Pierre Marie-Rose
    Marie-Solange Marie-Soleil Marie-Sophie Marie-Stéphanie Marie-Thérèse Marie-Victoire Marielle
    Marina Marine Marion Marius Marlène Marthe Martin Martine Maryline Maryse Maryvonne Mathéo
    Mathias Mathieu Mathilde Mathis Matthias Matthieu Maud Maude Maxence Maxime Maximilien Médéric
    Mélanie Mélina Mélissa Mélodie Mewen Micaël Michaël Michel Michèle Micheline Mickaël Mila
    Mireille Monique Morgane Morvan Muriel Murielle Mylène Myriam Nadège Nadia Nadine Naëlle Nando
    Nathalie Nathan Nele Nelly Nestor Nicolas Nicole Nicolette Nina Ninon Noa Noah Noé Noëlle
    Noémie Nolan Nolwenn Norbert Océane Octave Odette Odile Odilon Olivia Olivier Ombeline Ophélie
    Oriane Orianne Oscar Pacôme Paloma Pascal Pascale Pascaline Patrice Patricia Patrick Paul
    Paul-Emile Paul-Émile Paul-Henri Paulette Pauline Pénélope Perceval Perrine Philibert Philippe
    Philippine Pier-Luc Pier-Olivier Pierre Pierre-Alain Pierre-Alexandre Pierre-André
    Pierre-Antoine Pierre-Emmanuel Pierre-Henri Pierre-Jean Pierre-Louis Pierre-Marie
    Pierre-Olivier Pierre-Yves Pierrette Priscille Prosper Quentin Rachel Raoul Raphael Raphaël
    Raphaëlle Raymond Raynald Réal Rébecca Régine Régis Réjean Rémi Rémy Renaud René Renée Reto
    Reynald Robert Robin Rodolphe Rodrigue Roger Roland Rolande Romain Romane Ronan Rosaire Rosalie
    Rose Rose-Marie Roseline Rosette Rosine Roxane Roxanne Ruedi Ruth Sabine Sacha Salomé Samson
    Samuel Sandra Sandrine Sara Sarah Sébastien Ségolène Séraphine Serge Servane Séverin Séverine
    Sibylle Sidonie Simon Simone Simonetta Sixtine Sofie Solange Solène Soline Sonia Sophie
    Sosthène Stanislas Stella Stéphane Stéphanie Steven Sullivan Suzanne Suzette Suzon Sylvain
    Sylvaine Sylvestre Sylviane Sylvie Tanguy Teddy Thaïs Théo Théodore Théophile Thérèse Thibaud
    Thibault Thibaut Thierry Thomas Tiffany Timéo Timothée Tine Tiphaine Titouan Tom Tristan
    Tugdual Typhaine Ueli Ulysse Urs Ursula Valentin Valentine Valère Valérie Valéry Vanessa Veerle
    Véra Véronique Victoire Victor Victorien Victorine Vincent Vinciane Viola Violaine Violette
    Virgile Virginie Viviane Vivien Wandrille Wilfrid Wilfried Wim Wout Xavier Yaëlle Yann Yannick
    Yasmine Yoann Yohan Yolaine Yolande Yolène Youenn Yvan Yves Yves-Marie Yvette Yvon Yvonne Zélie
    Zoé Zoë
    """

  /// Arabic names as transliterated in French (Maghreb, Levant, Gulf, Egypt, Sudan), with Kurdish
  /// names.
  private static let arabic = """
    Abakar Abbas Abdalla Abdallah Abdel Abdel-Fattah Abdelali Abdelatif Abdelaziz Abdelbaki
    Abdelfattah Abdelghani Abdelhadi Abdelhafid Abdelhak Abdelhakim Abdelhamid Abdelilah
    Abdeljabbar Abdeljalil Abdelkader Abdelkébir Abdelkerim Abdelkrim Abdellah Abdellatif
    Abdelmajid Abdelmalek Abdelmoula Abdelmounaim Abdelouahab Abdelrahman Abdelwahab Abdennour
    Abdenour Abderrahim Abderrahmane Abderrazak Abdeslam Abdessalam Abdi Abdikadir Abdirahim
    Abdirahman Abdou Abdoul Abdoulaye Abdourahmane Abdul Abdulaziz Abdulkadir Abdulla Abdullah
    Abdulmalik Abdulrahman Abeer Abraham Abuelgasim Abuk Achan Achol Achta Adel Adham Adil Adnan
    Adoum Adut Ahlam Ahmad Ahmed Aicha Aïcha Aïssa Aïssata Aissatou Aïssatou Ajak Akech Akol Akram
    Akuei Akuol Alaa Ali Alier Allamine Aluel Amal Amani Amel Amer Amgad Amina Aminata Aminatou
    Amine Amir Amira Ammar Amna Amné Amou Amr Anas Anass Anouar Anwar Ashraf Asma Asmaa Asmahan
    Assia Athieng Avin Awad Awut Aya Ayen Ayham Ayman Aymen Ayoub Ayub Ayuen Azad Azeddine Aziz
    Azzedine Babiker Bachir Bakri Baran Barzan Bashir Basma Bassam Bassel Batoul Bayan Belkacem
    Berivan Bilal Bior Bishoy Boualem Boujemaa Boutros Brahim Bushra Chafik Chaima Chaïma Chakib
    Cheikh Cherif Chérif Chokri Chol Chuol Dalia Dalila Daoud Dara Dawood Dawud Deng Dilan Dilshad
    Dima Dina Diyar Djalal Djamel Djamila Djimet Doaa Dounia Driss Duaa Dut Elfatih Elhadi Elhag
    Elnour Elsadig Emad Emna Essam Evîn Fadi Fadila Fadoua Fadwa Fady Fahd Fairouz Faisal Faiza
    Faïza Faouzi Fares Farid Farida Faris Fathi Fatiha Fatima Fatimé Fatma Fatna Fatou Fatouma
    Fatoumata Fawzi Fayçal Fayçel Faysal Fethi Firas Fouad Gafar Gamal Garang Gatluak Gatwech Ghada
    Ghalia Ghani Ghassan Ghizlane Girgis Habib Habiba Hadeel Hadi Hafid Hafida Haidar Haider
    Haitham Hajar Hakim Hala Halim Halimé Hamad Hamadi Hamadou Hamdan Hamdi Hamed Hamid Hamma
    Hamoud Hamza Hanadi Hanae Hanan Hanane Hani Hany Haroun Harun Hasan Hashem Hashim Hasna
    Hassaballah Hassan Hassane Hatem Havin Hayat Hayder Haytham Hazem Heba Hedi Hédi Hédia Hejar
    Hela Henda Hiba Hicham Hichem Hind Hinda Hisham Hissein Hiwa Hocine Hogir Hosni Hossam Houcine
    Houda Houria Houssem Huda Hussam Hussein Ibrahim Ibrahima Ibtisam Idris Idriss Ihab Ikram Ilham
    Ilias Ilyas Ilyes Imad Iman Imane Imed Inas Insaf Intisar Ishag Ismaël Ismail Ismaïl Ismaila
    Ismaïla Israa Issa Iyad Jaafar Jaâfar Jaber Jafar Jalal Jamal Jamel Jamil Jamila Jaouad Jawad
    Jihad Jihane Jihène Jok Jumana Kader Kadhim Kais Kaïs Kamal Kamaran Kamel Kaoutar Karam Kareem
    Karim Karima Kawa Kazem Kenza Khadidiatou Khadidja Khadija Khalaf Khalda Khaldoun Khaled Khalid
    Khalifa Khalil Khaoula Kheireddine Kheïreddine Koang Kuany Kuol Lado Lahcen Lahoucine Lakhdar
    Lamia Lamine Lamya Lana Larbi Lassaad Latifa Layla Leila Leïla Loai Lobna Lokuji Lotfi Louay
    Loubna Lual Lubna Lyes Mabrouk Madjid Magdi Maged Mahamadou Mahamat Mahdi Maher Mahjoub Mahmoud
    Mahmud Majid Majok Makram Malek Malik Malika Malual Manal Manel Mansour Mansur Manyang Marco
    Mariam Mariama Mariame Marouane Marwa Marwan Maryam Masoud Massoud Mayen Maysa Mazen Mbarek
    Medhat Mehdi Mehrez Meriem Meryem Mhamed Miloud Mimoun Mina Mishal Moaz Moez Mohamad Mohamed
    Mohamedain Mohammad Mohammed Mohanad Mohannad Mohcine Mohsen Mohsine Mokdad Mokhtar Mona Moncef
    Mondher Mongi Montassar Mostafa Mouaz Mouhamed Mouhammad Moulay Mouna Mounia Mounib Mounir
    Mourad Moussa Moustafa Moustapha Muath Mubarak Muhammad Muhammed Muhannad Mujahid Murad Mustafa
    Mustapha M’hamed Nabih Nabil Nacer Naceur Nadir Nafisa Naguib Nahla Naif Naima Naïma Najat
    Najib Naoual Nareen Narin Nasr Nasreddine Nasser Nassim Nassima Nassreddine Nawaf Nawal Nayef
    Nazim Nechirvan Nejla Nesrine Newroz Nezha Nisreen Nisrine Nizar Noha Noor Nora Nordine Nour
    Noura Noureddine Nourredine Nyaboth Nyagoa Nyakim Nyakuoth Nyanchiew Nyandeng Nyawech Nyibol
    Obaida Obeida Ola Olfa Omar Omer Osama Osman Ossama Othman Othmane Otman Ouafa Ouarda Oumar
    Ousman Ousmane Oussama Puok Qasim Qassem Raad Raafat Rabah Rached Rachid Rachida Radouane Raed
    Rafik Ragab Rahma Raja Rajae Ramez Rami Ramy Ramzi Rana Randa Rania Rasha Rashed Rashid Rawan
    Razan Rebwar Reda Réda Redouane Reem Rezan Riad Ridha Riek Rim Rima Rkia Rojda Rojin Rola
    Ronahi Ruba Ruot Ryad Rym Saad Saâd Saadia Sabrina Safia Sahar Said Saïd Saif Sajjad Sakina
    Salah Salaheddine Saleh Salem Salim Salima Salma Salman Saloua Sameh Samer Sami Samia Samir
    Samira Samy Sana Sanae Sarra Saud Sawsan Sayed Sayf Selim Selma Shadi Shahd Shaima Shenouda
    Sherif Shero Sherzad Shilan Shirin Shvan Siddig Siham Sihem Slaheddine Slim Sliman Slimane
    Smaïl Sofiane Soraya Souad Soufiane Souhila Soulaymane Souleymane Sozdar Suad Sufyan Suha
    Sulaiman Suleiman Sundus Taha Tahar Taher Taieb Taïeb Tamer Tamim Taoufik Tarek Tarik Tariq
    Tasnim Tawfik Tayeb Thon Tidjani Tijani Toufik Touria Turki Tut Umar Usman Viyan Wael Wafa
    Wafae Wagdy Wahid Walaa Walid Wani Warda Wassef Wassim Wiam Widad Wided Wijdan Yacine Yagoub
    Yahia Yahya Yamina Yara Yaser Yasin Yasir Yasmina Yasser Yassin Yassine Yassir Yazan Yazid
    Youcef Younes Younès Youness Yousef Yousra Youssef Youssouf Youssri Yousuf Yunus Yusra Yusuf
    Zahira Zahra Zaid Zaina Zainab Zakari Zakaria Zakariya Zakia Zana Zara Zayd Zayed Zaynab Zeid
    Zeina Zeinab Zeineb Zerdesht Ziad Zied Zilan Zine Zineb Zinedine Ziyad Zohra Zoubida Zoubir
    Zouhair Zouheir Zouleikha Zoulikha Zozan
    """

  /// West and Central African names: Wolof, Fula, Mandinka, Hausa, Kanuri, Yoruba, Igbo, Akan, Ewe
  /// and others.
  private static let westAfrican = """
    Abdoulaziz Abdourahamane Abdramane Abena Abimbola Abiodun Abla Ablavi Ablaye Abou Aboubacar
    Aboubakar Abu Abubakar Adaeze Adama Adamu Adanna Adaora Ade Adebayo Adeola Adesina Adewale
    Adeyemi Adeyinka Adjaratou Adjo Adjoa Adjoba Adjoua Adwoa Affoué Afi Afia Afiwa Afua Ahmadou
    Ahmadu Ahmedou Ahou Aida Aïda Aisha Aishatu Aissata Akin Akinwumi Akissi Akossiwa Akosua Akoua
    Akouvi Akua Akwasi Alagie Alassane Alhaji Alhassan Alhassane Alhousseini Alimamy Alimatou Aliou
    Alioune Aliyu Alou Alpha Aly Ama Amadé Amadou Amaka Amara Amarachi Amath Amenan Amevi Ameyo
    Amidou Aminat Aminetou Aminu Amma Amoin Amsatou Anicet Aniekan Ansoumane Aondona Arame Armel
    Asabe Assane Assétou Astou Audu Auwal Awa Ayo Ayodele Ayomide Azara Azubuike Baba Babacar
    Babagana Babatunde Bachirou Bakari Bakary Balkissa Bassey Bassirou Bello Bibata Bilkisu Bimbo
    Bineta Binta Bintou Biodun Birama Blessing Bola Bolaji Bouba Boubacar Boubakar Boubakary Boubé
    Boukary Boureima Bréhima Bukar Bukola Bulama Cheick Cheikhna Cheikhou Chiamaka Chibuzo Chibuzor
    Chidera Chidi Chidinma Chiedu Chijioke Chika Chike Chima Chimamanda Chinedu Chinelo Chinonso
    Chinua Chinwe Chinyere Chioma Chukwudi Chukwuemeka Codou Coumba Daba Dahiru Damilola Danjuma
    Daouda Dayo Dédé Delali Demba Diakaridia Dieynaba Dior Djamilatou Djeneba Djénéba Djibril
    Djibrila Doosuur Dramane Drissa Dzifa Ebere Ebrima Ebuka Edem Edidiong Efe Effiong Efua Ehis
    Ehouman Ekaette Ekene Ekow Ekpo Elhadj Elhadji Elikem Emeka Ene Eno Enyonam Ese Eseosa Esi Essi
    Essohanam Etim Eyram Fadimata Fallou Falmata Fama Famara Fannami Fanta Fatchima Fati Fatim
    Fatimata Fatmata Favour Femi Fiifi Finda Foday Fodé Fodéba Folake Folasade Funke Funmilayo
    Gambo Garba Gbenga Gbènou Gibril Gnima Godwin Goni Goodluck Gorgui Habibou Habsa Habsatou Habu
    Haddy Hadiza Hadjara Hadjia Hady Hafsat Hajara Halima Hamado Hamani Hamet Hamidou Hamissou
    Hamsatou Haoua Harouna Haruna Hassana Hassia Hassoumi Hauwa Hawa Houessou Hounkpè Husseina Ibou
    Ibukun Idowu Idrissa Idrissou Ifeanyi Ifeoma Ijeoma Ikenna Illias Illiassou Imaobong Ime Ini
    Inna Inoussa Isa Isatou Isatu Ishmael Issaka Issiaka Issouf Issoufa Issoufou Isyaku Iveren
    Iyabo Jainaba Jamilu Jibril Jibrin Joy Jummai Jumoke Kabir Kabiru Kadi Kadiatou Kadiatu
    Kadidiatou Kadidja Kafui Kalilou Kaltume Karamoko Kassoum Kayode Kehinde Kelechi Kemi Kemoh
    Khadim Khady Koami Kodjo Kodzo Koffi Kofi Kojo Kokou Kokouvi Komba Komi Komlan Konan Korka
    Korto Kossi Kossivi Kouadio Kouakou Kouamé Kouassi Kulu Kunle Kwabena Kwaku Kwame Kwasi Kweku
    Kwesi Kyari Ladi Lalla Lamin Lancine Lanre Lansana Laouali Lassana Lassané Lassina Lassine
    Lawal Lawan Lemine Limam Mactar Madi Madou Mady Maguette Mahaman Mahamane Mahamoud Mahamoudou
    Mahawa Maimouna Maïmouna Malang Malick Mamadi Mamadou Mamady Mamane Mame Mamman Mamoudou
    Mamoutou Mariatou Mariatu Mariem Marième Marietou Mariétou Massa Massamba Matar Mawuli Mawunyo
    Mbayang Mbaye Memuna Mfon Mintou Mnena Moctar Modou Modu Modupe Mohamadou Mojisola Momodou Mor
    Morenike Mouctar Mouhamadou Moumouni Mounira Msughter Muhammadu Musa Musu Nafi Nafissa
    Nafissatou Nana Nasiru Ndella Ndeye Ndèye Ndiaga Nènè Néné Ngagne Ngoné Ngor Ngozi Ngozika Niyi
    Nkechi Nkem Nkiruka Nnamdi Nneka Nnenna Noufou Nouhou Nouhoum Nsikak Nura N’Dri N’Guessan
    Obiageli Obinna Obioma Obiora Ochanya Ofonime Ogechi Ojonugwa Okechukwu Olabisi Oladele Olamide
    Olawale Olu Oluchi Olusegun Oluwadamilare Oluwafemi Oluwakemi Oluwaseun Oluwatobi Oluwole
    Omolara Omotola Onyeka Onyilo Opeyemi Oretha Osagie Osaro Osas Ouleymatou Oumarou Oumou
    Oumoukalsoum Oumoul Oumy Ousainou Ousseini Ousséini Ozioma Penda Pidassa Precious Rabi Rabiou
    Rabiu Rahinatou Rakiatou Rama Ramata Ramatou Ramatoulaye Rasmané Rokia Rokiatou Romuald Ronke
    Roukiatou Rukayya Saadatu Sade Sadiq Safi Safiatou Sagir Sahr Sainabou Salam Salamatou Sali
    Salif Salifou Salimata Saliou Salissou Salisu Salou Samba Saminu Sanda Sani Sanoussi Santigie
    Sanusi Saratou Seckou Segun Sekou Sékou Selasi Sena Sèna Sènan Seni Senyo Serigne Sesugh Seun
    Seydou Seynabou Seyni Shehu Shettima Shola Sia Siaka Sidi Sidiki Sidy Simisola Sira Sitan
    Sokhna Sokona Sola Somtochukwu Sophietou Sorie Sory Soukeyna Souley Soumaila Soumaïla Soumana
    Soumaya Sule Tahirou Taiwo Tamba Tanimoune Tanko Tasséré Tchilalo Temitope Tenin Téning
    Terhemba Tersoo Thierno Thioro Tidiane Tiémoko Tierno Tijjani Titi Tobi Tochi Tochukwu Tolu
    Tolulope Tope Tosin Toyin Tunde Uche Uchenna Udoka Ufot Ugochi Ugochukwu Ulrich Umaru Ummi
    Vatimetou Wale Wunmi Wuraola Yaa Yacouba Yacoubou Yagana Yahaya Yakubu Yama Yao Yaw Yawo Yaya
    Yaye Yemi Yendouban Yéro Yetunde Youba Younoussa Zalika Zannah Zeinabou Zénabou Zeynab Zoumana
    Zubairu Zuwaira
    """

  /// East, Central and Southern African names: Amharic, Tigrinya, Oromo, Somali, Swahili, Luo,
  /// Kikuyu, Ganda, Kinyarwanda, Kirundi, Congolese, Malagasy, Comorian and Lusophone.
  private static let eastAndCentralAfrican = """
    Abdiaziz Abdifatah Abdikarim Abdinasir Abdiqani Abdirizak Abdisalam Abdissa Abdiwahab Abdiweli
    Abdullahi Abebe Aber Abiy Abrham Abshir Achen Achieng Achille Achola Adelino Adhiambo Agbor
    Agostinho Ahabwe Aimé Aimée Ainembabazi Akello Akena Akinyi Akoth Akumu Albertina Albertine
    Albino Alcinda Alemayehu Alemu Ally Almaz Amanuael Amanuel Amélia Amran Andry Anfani Anyango
    Anziza Apiyo Aregawi Armando Arminda Asha Ashu Asiimwe Asmerom Aster Athumani Atieno Atim
    Atuhaire Auma Aurélio Awale Awet Awino Awuor Ayaan Ayan Ayantu Ayuk Azali Babirye Bahati Baraka
    Barasa Barkhad Bate Bekele Belay Belmiro Benedicte Bento Benvinda Berhane Berhe Bertin Bessem
    Betelhem Bezawit Biniam Birtukan Bitota Bizimana Bontu Carlota Cawo Celeste Célestine Celestino
    Chala Chaltu Chausiku Chebet Chepkoech Cherono Cheruiyot Conceição Consolate Constantino Crépin
    Crisóstomo Custódio Cyriaque Daher Dahir Daud Daudi Dawit Deeqa Déogratias Deolinda Deqa Désiré
    Desta Dieudonné Dinknesh Djoumoi Domingos Dorcas Ebot Eden Edite Efrem Egbe Emília Emmanuella
    Enow Ephrem Ermelinda Ermias Ernesto Esperança Esther Estifanos Etelvina Etta Eudes Eulalie
    Euphrasie Eusébio Evariste Évariste Exaucé Eyenga Eyerusalem Eyob Faduma Fadumo Faisa Faly
    Fanja Fanomezantsoa Fara Faraja Faraji Fardowsa Farhan Fasil Fátima Faustin Felisberto
    Felismina Felizarda Feven Fidélie Fidy Fikre Filipe Filmon Filsan Floribert Furaha Gebre
    Gebremariam Gebremedhin Gebreyesus Gemechu Genet Gervais Gervásio Getachew Girma Gitau Gloria
    Glória Goitom Graça Gudina Guilhermina Guled Guylain Habimana Habon Habtom Hadija Hagos Haile
    Hailu Haingo Haja Hakizimana Hamse Hanitra Hanta Harisoa Hasina Hawi Hawo Henok Heriniaina
    Herizo Hermínio Hery Hibaq Hirsi Hirut Hiwot Hodan Hortência Houssein Hyacinthe Idil Idiris
    Ifrah Ikran Ilhan Ilídio Ilunga Imani Inácio Ineza Ingabire Iradukunda Irakoze Isaias Isaura
    Ishimwe Ivone Jabari Jama Januário Jaona Jeanine Jelagat Jepchirchir Jepkosgei Jeptoo Jerónimo
    Joana Joaquim Joaquina Juma Justin Kabedi Kabongo Kadra Kagwe Kahambu Kahindo Kahsay Kakule
    Kalala Kaleb Kalondu Kamau Kambale Kansiime Kapinga Kariuki Kasereka Kasoki Kasongo Kassim Kato
    Kavira Kavugho Kazadi Kebede Kemunto Kerubo Keza Khadar Khadra Khamis Kibet Kidane Kidus Kiese
    Kiflom Kimani Kinyua Kioko Kipchoge Kiplagat Kiprono Kiprotich Kiptoo Kizito Kobusingye Koech
    Kowsar Kwizera Kyomuhendo Lakot Lalao Lamunu Landu Langat Lanto Laurinda Lelisa Lemlem Lemma
    Lencho Lensa Léocadie Leonor Lourenço Lova Luísa Lurdes Lusamba Luwam Madalena Mahad Mahefa
    Mahery Mahlet Maina Makiese Malonga Mamisoa Manda Manzi Marcelina Marcelino Marcelline
    Margarida Mariamu Martial Maryan Masika Mavungu Mbah Mbala Mbaraka Mbombo Mbusa Mbuyi Mebrahtu
    Médard Mehari Mehret Mekdes Meron Meseret Mesfin Meskerem Mialy Miary Mihret Mikias Milen Miora
    Mirana Mmadi Mohamedi Mohamud Moina Moïse Moraa Mosi Mputu Msafiri Mueni Mugisha Muhindo
    Mujinga Mukamana Mukandayisenga Mukasa Mukendi Mukeshimana Mukhtar Mulu Mulubrhan Mulugeta
    Mulumba Mumbere Mumbua Muna Muriuki Mussa Mussie Musyoka Mutai Mutesi Muthoni Mutinda Mutua
    Mwajuma Mwamba Mwanahawa Mwanaidi Mwanaisha Mwanajuma Mwangi Mwikali Nabirye Nafula Nahom Naina
    Najma Nakato Nakku Naliaka Nalubega Nalwanga Nambinina Namubiru Namutebi Nansubuga Nassur
    Nasteho Natércia Natnael Natukunda Nazário Ndayisaba Ndayishimiye Ndikumana Ndip Ndunge Ndungu
    Nduwimana Nebiat Neema Negash Nekesa Nelsa Netsanet Nfor Ngabo Ngalula Ngoma Ngono Ngoyi Ngwa
    Nilza Nimco Ninsiima Nirina Niyigena Niyongabo Niyonkuru Niyonzima Njara Njeri Njoroge Nkanga
    Nkurunziza Nlandu Nomena Noro Nsengiyumva Nshimiyimana Nsimba Ntakirutimana Ntsoa Ntumba Ntwari
    Nur Nuru Nyaboke Nyaguthii Nyakato Nyambura Nyiramana Nyokabi Nyota Nzuzi Obsa Ocen Ochieng
    Odhiambo Ojok Okello Okot Olívia Omari Omondi Ony Onyango Opio Opiyo Orlanda Ornella Oryema
    Otieno Otim Owino Palmira Paluku Philomène Pili Prisca Qamar Quitéria Rado Rahel Ramadhani
    Rashidi Rehema Rezene Rigobert Rija Rindra Rivo Riziki Robel Robleh Roda Rosário Rosita Rotich
    Rufina Saandi Saba Sadia Safiya Sagal Sahra Saidi Salama Salimu Samatar Samora Sariaka
    Scholastique Sebastião Segen Selam Selamawit Selemani Semere Senait Senayt Séraphin Shaban
    Shabani Shamsa Shema Shukri Shukuru Sifa Sikudhani Simret Sintayehu Soa Soilihi Solofo Sónia
    Subira Sucaad Sumaya Sylvia Tabe Tadesse Tafita Tahina Takang Tamrat Tânia Tanyi Tatu Tedros
    Tefera Tekie Tekle Teklit Telma Teodoro Tesfalem Tesfay Tesfaye Tewolde Tharcisse Théoneste
    Tiana Tigist Tilahun Tirunesh Tojo Toky Tolera Tsegay Tsegaye Tsehay Tshibola Tsion Tsiry Tufa
    Tukahirwa Tumaini Tumusiime Ubah Ubax Umuhoza Umutoni Upendo Uwamahoro Uwamariya Uwase Uwera
    Uwimana Valdemar Voahangy Vola Vonjy Wafula Wairimu Wamalwa Wambugu Wambui Wangari Wangui
    Wanjala Wanjiku Wanjira Wanjiru Warsame Wasswa Waweru Wekesa Workneh Worku Yared Yemane
    Yohannes Yonas Yonatan Yordanos Yosief Youssoufa Yusufu Zacarias Zaharia Zaïnaba Zamzam Zawadi
    Zerai Zeritu Zewdu Zita Zo Zuhura
    """

  /// English names (UK, Ireland, North America, Commonwealth) and the given names of well-known UN
  /// and IOM officials.
  private static let english = """
    Aaron Abby Abigail Achim Addison Aidan Aiden Alan Alasdair Alexa Alexander Alexandra Alfie
    Alfred Alison Alistair Allison Alyssa Amanda Amber Amelia Amy Andrea Andrew Andy Angela Angus
    Antonio António Anya Aoife Archie Ariana Ashley Aubrey Ava Barbara Barnaby Barry Beatrice Becky
    Bella Ben Benedict Bernice Beth Bethany Betty Beverly Bill Billy Bob Bobby Bradley Brady
    Brandon Brenda Brendan Brian Brianna Bridget Brittany Brooke Bruce Bryan Caitlin Caleb Callum
    Calum Cameron Camilla Cara Carl Carly Carmela Carol Carolyn Carter Cassandra Cassie Cecil
    Celine Chase Cheryl Chloe Chris Christina Christopher Ciara Ciaran Cillian Clare Claudia Clive
    Cody Colton Connor Cormac Courtney Craig Crispin Crystal Daisy Dalton Damian Dan Dana Danica
    Darragh Darren Dave Dawn Dean Deborah Debra Declan Deirdre Delia Dennis Derek Diana Dominic
    Donal Donald Donna Doreen Dorothy Douglas Duncan Dustin Dylan Edmund Edward Eileen Eilidh
    Elaine Eleanor Elena Elijah Eliza Elizabeth Ella Ellen Ellie Elliott Eloise Elsie Emilia Emily
    Enda Eoin Erica Erika Erin Ernest Ertharin Esme Euan Eugene Evelyn Evie Federico Felicity Felix
    Fergus Filippo Fintan Fiona Frances Frank Freddie Freya Gabriella Gail Garrett Gary Gavin Gemma
    Genevieve Geoffrey George Georgina Gerald Gianluca Giles Gillian Giuseppe Glenda Glenn Gordon
    Grace Graham Grant Grayson Greg Gregory Gro Gwen Gwendolyn Hailey Hamish Hannah Hans Harold
    Harriet Harry Harvey Hayley Hazel Heather Heidi Helen Henrietta Henry Herbert Holly Howard Hugh
    Hunter Ian Imogen Inger Irene Irina Isaac Isabella Isaiah Isla Itayi Ivy Jack Jacob Jake James
    Jane Janet Janice Janine Jared Jasmin Jasmine Jason Jasper Jay Jeanette Jeff Jeffrey Jemima
    Jennie Jenny Jeremiah Jeremy Jerry Jesse Jessie Jill Jim Joan Joanne Jodie Joe Joel John Johnny
    Jolyon Jonah Jorge Josephine Joshua Josiah Joyce Judy Julia Julian Julianne Julius Kai Kaitlyn
    Karen Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kayla Kaylee Keith Kelsey Ken Kendra
    Kenneth Kieran Kimberley Kimberly Kirsten Kirsty Kristalina Kristen Kristin Kristina Kristy
    Kyle Kylie Lacy Landon Larry Laurel Lauren Lavinia Lawrence Leah Lee Lena Leonard Lesley Leslie
    Letitia Levi Lewis Liam Lila Lillian Lily Linda Lindsay Lindsey Liz Logan Loretta Lorna Lucinda
    Lucy Luke Lynn Lynne Mabel Mackenzie Madeline Maeve Maggie Malcolm Mandy Marcia Marcus Margaret
    Maria Mariah Marian Marilyn Marissa Mark Martha Mary Mason Matilda Matt Matthew Maureen
    Maurizio Max Maxine Mckenna Megan Melanie Melissa Melody Meredith Mia Micah Michael Michele
    Michelle Mike Mildred Miles Millie Miranda Mitchell Molly Monica Morag Naomi Natalia Natalie
    Natasha Nathaniel Neil Nell Nellie Niall Niamh Nicholas Nick Nicola Nigel Noreen Norman Octavia
    Oisin Oliver Orla Ovais Owen Padraig Paige Pamela Paola Pär Parker Patsy Paula Peggy Penelope
    Percy Pete Peter Philip Philippa Phillip Phoebe Piers Piper Poppy Preston Priscilla Quinn
    Rachael Ralph Randy Rebecca Rebekah Reggie Reginald Rhonda Rhys Richard Rick Riley Rita Rob
    Roberta Robyn Roderick Ronald Rory Rosalind Rosamund Rosemary Rosie Ross Rowan Roy Ruby Rupert
    Russell Ryan Ryder Sadako Sadie Safa Sally Sam Samantha Scarlett Scott Seamus Sean Sebastian
    Selena Serena Seth Shane Shannon Sharon Shawn Sheila Shelley Shirley Shona Sienna Silas Sinead
    Siobhan Sonya Sophia Spencer Stacey Stacy Stanley Stephanie Stephen Steve Stewart Stuart Sue
    Susan Susannah Sybil Tabitha Tadhg Talia Tamara Tanner Tanya Tara Tatiana Ted Teresa Terry
    Tessa Thelma Theodore Theresa Tim Timothy Toby Tony Tonya Tracey Tracy Travis Trevor Trisha
    Tristram Tucker Tyler Ugo Valerie Vera Vernon Veronica Vicky Violet Vivian Volker Walter Warren
    Wayne Wendy Wesley Whitney Wilfred Willa William Willie Wilma Winifred Wyatt Yolanda Zachary
    Zane Zeynep Zoe
    """

  /// Spanish, Latin American, Catalan, Basque, Portuguese and Brazilian names.
  private static let iberian = """
    Abel Abelardo Adrián Adriana Afonso Agustín Agustina Ainhoa Aitor Alba Alberto Alejandra
    Alejandro Alfredo Alicia Alícia Alonso Alvaro Álvaro Amparo Ana Anabel Anderson Andres Andrés
    Angel Ángel Ángela Angélica Aníbal Anselmo Antonia Antônia Antônio Aracely Arantxa Arnau Artur
    Arturo Asier Aurelio Aurora Baltasar Beatriz Begoña Belén Benedita Benedito Benito Benjamín
    Bernardo Berta Bianca Bladimir Blanca Brayan Bruna Caio Camila Camilo Candela Carlos Carmelo
    Carmen Carolina Catalina Catarina Cecilia Cecília Celia Cesar César Cícero Ciro Cláudia Cláudio
    Constanza Consuelo Cristian Cristiano Cristina Cristóbal Dagoberto Daiana Daniela Dario Darío
    Darwin Davi Dayana Débora Deivis Delfina Diego Dilma Diogo Dolores Domingo Duarte Dulce Edgar
    Edson Eduardo Edwin Efraín Eladio Eliana Elías Elisângela Eliseo Elvira Elvis Emerson Emiliano
    Emilio Enrique Erasmo Esperanza Esteban Estefanía Estela Eusebio Evaristo Everton Ezequiel
    Fabián Fabio Fábio Fabiola Fabrício Facundo Fausto Feliciano Felipe Fernanda Fernando Ferran
    Fidel Filipa Flor Florencia Florencio Francisca Francisco Franco Franklin Freddy Gabriela Gael
    Gastón Gerardo Gilberto Gilmar Gisela Gisele Gonçalo Gonzalo Gorka Graciela Gregorio Guadalupe
    Guilherme Guillermo Gustavo Héctor Heitor Helena Hélio Heloísa Henrique Heriberto Hernán
    Hilario Hilda Hipólito Horacio Humberto Ignacio Iñaki Inés Inês Íñigo Inmaculada Iracema Iratxe
    Isabel Isadora Isidro Ítalo Itzel Itziar Ivan Iván Ivonne Jacinto Jaime Jair Jairo Jaqueline
    Javier Jazmín Jeferson Jefferson Jeremías Jéssica Jesus Jesús Jhon Jhonny Jimena Joao João
    Joaquin Joaquín Jordi Jose José Josefa Josefina Juan Juana Júlia Julián Juliana Julio Júlio
    Juscelino Karina Karla Kátia Laís Larissa Lauro Lautaro Leandro Leire Leonardo Leonel Leticia
    Letícia Lidia Lilia Liliana Lisandro Lívia Lorena Lorenzo Luana Lucélia Lucia Lucía Lúcia
    Luciana Lucio Luis Luís Luis-Fernando Luisa Luiz Lupita Luz Macario Mafalda Maite Manuel
    Manuela Marcelo Márcia Marcio Márcio Marcos Margarita María Mariana Mariano Maribel Maricela
    Mario Marisa Marisol Maritza Marlene Marta Martim Martín Mateo Mateus Matheus Matías Matilde
    Mauricio Maurício Maximiliano Máximo Mayra Mercedes Micaela Miguel Milagro Milagros Mireya
    Miriam Mirna Moacir Moisés Mónica Murilo Nahuel Nayeli Nelson Nélson Nerea Néstor Neusa Nicanor
    Nicolás Nidia Noelia Noemí Norma Nuno Nuria Octavio Olga Oriol Óscar Osmar Osvaldo Otávio Pablo
    Pascual Patrícia Patricio Pau Paulo Pedro Perla Pietro Pilar Porfirio Priscila Quim Rafael
    Rafaela Raimundo Raíssa Ramiro Ramon Ramón Raquel Raul Raúl Ravi Rebeca Reinaldo Remedios
    Renata Renato Reyna Reynaldo Ricardo Rigoberto Roberto Roberval Rocio Rocío Rodrigo Rogelio
    Rogério Rolando Romualdo Rômulo Ronaldo Rosa Rosalba Rosalía Rosana Rosângela Ruben Rubén Rui
    Santino Saúl Sebastián Sergi Sergio Sérgio Severo Silvia Silvio Simão Sofía Soledad Sônia Sueli
    Susana Tadeo Teófilo Tereza Terezinha Thaís Thiago Tiago Tiburcio Tobías Tomás Ulises Unai
    Valdir Valentín Valentina Valentino Valeria Valéria Vanderleia Vasco Verónica Vicente Víctor
    Vilma Vinicius Vinícius Vitor Vítor Viviana Wilfredo Wilmer Wilson Xabier Xavi Ximena Xóchitl
    Yadira Yair Yamila Yanet Yaneth Yanina Yaritza Yasmin Yeison Yenny Yesenia Yessenia Yessica
    Yorman Yuleisy Yuliana Yulissa Yuridia Zacarías Zaida Zilda Zoila Zulema
    """

  /// Italian names.
  private static let italian = """
    Adele Adriano Agnese Agostino Aldo Alessandra Alessandro Alessia Alessio Alfio Amedeo Angelica
    Angelina Angelo Anita Annalisa Annibale Antonella Antonietta Arianna Arnaldo Assunta Azzurra
    Bartolomeo Battista Benedetta Benedetto Beppe Biagio Camillo Carlo Carmine Caterina Cesare
    Chiara Cinzia Claudio Concetta Corrado Cosimo Costanza Damiano Daniele Dante Davide Debora
    Domenico Donatella Donato Edoardo Egidio Eleonora Elisabetta Emanuela Emanuele Ennio Enrica
    Enrico Ester Ettore Eugenio Fabiano Fabrizio Fedele Federica Ferruccio Filomena Fiorella
    Fiorenzo Flavia Flavio Francesca Francesco Gabriele Gaetano Gaia Gennaro Giacomo Giada
    Giancarlo Gianfranco Gianluigi Gianmarco Gianni Gianpaolo Gina Gino Gioele Giorgia Giorgio
    Giovanna Giovanni Girolamo Giulia Giuliana Giulio Giuseppina Graziella Greta Guido Ida Ilaria
    Immacolata Italo Jacopo Lamberto Lara Leone Letizia Lino Livia Livio Loredana Lorenza Luciano
    Ludovica Luigi Maddalena Mara Marcantonio Marcello Margherita Mariangela Marino Maristella
    Martina Marzia Massimiliano Massimo Matteo Mattia Mauro Michela Michelangelo Mirella Mirko
    Mirta Nazario Nello Nicoletta Nino Nives Noemi Nunzia Nunzio Orazio Oreste Orietta Ottavia
    Ottavio Paolina Paolo Pasquale Patrizia Pia Pier Piera Pierluigi Piero Rachele Raffaele
    Raffaella Raimondo Remo Renzo Riccardo Rinaldo Rocco Rodolfo Romano Rosanna Rosaria Rosella
    Rossella Sabino Salvatore Samuele Sandro Saverio Sebastiano Settimo Severino Simona Stefania
    Stefano Tina Tiziana Tiziano Tommaso Tullio Ubaldo Umberto Valerio Vanna Vincenzo Vinicio
    Virgilio Vito Vittoria Vittorio Zeno
    """

  /// German, Dutch, Flemish, Scandinavian, Finnish, Icelandic and Baltic names.
  private static let germanic = """
    Adelheid Agneta Aino Åke Aki Almut Anders Andreas Andris Anette Anja Anke Annalena Annegret
    Anneke Anneli Annemarie Annemiek Annette Annika Ansgar Antje Anton Antti Arjen Armin Arne
    Arvydas Åsa Auke Aušra Axel Bärbel Beate Benedikt Benedikte Bengt Bernd Berthold Bettina Birgit
    Birgitta Birgitte Birte Björn Bjørn Bodo Bouke Bram Brechtje Britt Britta Burkhard Carlijn
    Carola Carsten Christa Christiane Cornelia Cornelis Daan Dag Dagmar Daiva Daphne Detlef Dieter
    Dietrich Dirk Dorothea Dorte Douwe Ebba Eberhard Eckart Edeltraud Edgars Eero Eeva Egil Egils
    Egon Einar Eirik Elfriede Elin Elke Ellinor Elmar Emelie Emil Erich Erik Erling Ernst Erwin
    Espen Femke Frans Franz Franziska Frauke Fredrik Frida Friederike Friedrich Frode Froukje Geert
    Geertje Geir Georg Gerda Gerhard Gerrit Gert Gertrud Gintarė Gitanas Göran Gottfried Gregor Gry
    Gudrun Gunhild Gunilla Gunnar Günter Gunther Günther Gustaf Gustav Guðrún Hakon Håkon Halvard
    Hanna Hanne Hanneke Hannelore Hannes Harald Hartmut Hedvig Hedwig Hege Heike Heikki Heiko Hein
    Heiner Heinrich Heinz Helga Helge Helle Helmut Hendrik Henk Henning Henrik Henrike Hermann
    Hildegard Holger Horst Hubertus Huib Ieva Ilkka Ilona Ilze Indrek Ineke Inese Ingeborg Ingo
    Ingrida Ingunn Ingvar Irmgard Ivar Jaana Jaap Jakob Jana Jānis Janneke Jannik Jari Jelle Jens
    Jeroen Jesper Jochen Johannes Jolanda Jón Jonas Joost Jörg Joris Jorunn Josef Josien Jostein
    Juha Jukka Jürgen Jurgita Jüri Jussi Jutta Jørgen Kaisa Kaja Kåre Kari Karl Kārlis Kasper
    Katharina Kathrin Katri Katrin Katrín Kees Kersti Kerstin Kilian Kimmo Kirsi Kirsti Kjell
    Kjetil Klaas Klaus Knut Konrad Konstantin Krišjānis Kristian Kristīne Kristoffer Kurt Laila
    Lars Lasse Leena Leif Lene Leon Leopold Lieke Liesbeth Lieselotte Līga Linnea Linus Lisbeth Liv
    Lodewijk Loes Lothar Lotta Luise Lukas Lutz Luuk Maaike Maarten Mads Magnhild Magnus Maja
    Malena Malin Manfred Maren Margareta Margarete Margit Margrethe Margriet Marieke Marit Marja
    Marjolein Markku Markus Marloes Mart Mats Matti Maximilian Mechthild Menno Merel Merete Merten
    Mervi Mette Mieke Mikael Mikko Mirjam Monika Moritz Morten Nico Niels Nienke Niklas Nikolas
    Nils Olaf Ólafur Olav Ole Olle Olli Olof Oskar Otto Outi Päivi Pekka Pelle Per Pernilla Petra
    Petter Petteri Philipp Piet Pieter Pim Pirjo Ragnar Ragnhild Rainer Ralf Randi Rasa Rasmus
    Reinhard Reinhold Reinier Renate Renske Riitta Rik Risto Robbert Roel Rolf Roos Rosemarie
    Roswitha Rüdiger Rune Rūta Rutger Ruud Sander Sanna Sanne Sari Sascha Saskia Satu Sauli Seppo
    Severin Siegfried Sieglinde Sietse Sigrid Sigríður Sigurd Sigurður Silke Sindre Siri Sirpa
    Sissel Sjoerd Solveig Sonja Stefan Stefanie Steffen Stein Sten Stig Stijn Stina Susanne Sven
    Svend Svenja Sverre Synnøve Søren Tage Tanja Tapio Tarja Teemu Terje Teun Theo Therese Thijs
    Thilo Thor Thorsten Thorvald Ties Tiina Tiit Tijmen Till Timo Tobias Toomas Tor Torbjørn Tore
    Torgeir Torill Torsten Tove Trine Trond Tuomas Turid Tuula Udo Ulf Ulla Ulrik Ulrika Ulrike
    Urmas Uta Ute Uwe Valdis Veikko Veit Verena Vibeke Vidar Viggo Viktor Vilija Waldemar Waltraud
    Wenche Wendela Wendelin Werner Wessel Wiebe Wiebke Wilhelm Willem Willemijn Winfried Wolfgang
    Wolfram Wouter Xaver Ylva Ymke Øystein
    """

  /// Greek, Russian, Ukrainian, Belarusian, Polish, Czech, Slovak, Hungarian, Romanian and
  /// Moldovan names.
  private static let greekAndSlavic = """
    Achilleas Ádám Adina Adrian Agata Ágnes Agnieszka Aikaterini Alaksandr Aleksandr Aleksandra
    Aleksei Alena Ales Alevtina Alexandr Alexandros Alexandru Alexei Alexeï Alexey Aliaksandr
    Alicja Alina Alissa Alla Anastasia Anastasiia Anastassia Anatoli Anatoly Anca Andreea Andrei
    Andreï Andrii Andriy Andrzej Angeliki Angelos Anikó Anjelika Antonina Antonis Apostolos Ariadne
    Aris Arkadi Arseni Arsenii Artem Artemis Artiom Athanasia Athanasios Attila Aurelia Babis
    Balázs Bartosz Beata Bogdan Bohdan Bohdana Boris Catalin Cătălin Charalambos Christos Chrysa
    Chrysoula Claudiu Constantin Corina Costel Csaba Dacha Danai Dániel Danila Danuta Danylo Daria
    Dariusz Darya Daryna Denys Despina Dimitra Dimitrios Dimitris Dionysis Dmitri Dmitry Dmytro
    Doina Dora Dóra Dorota Dragoș Dumitru Ecaterina Edit Eduard Efim Efstathios Efthymia Eftychia
    Egor Eirini Ekaterina Eleni Elias Elizaveta Elpida Elżbieta Emmanouil Enikő Erzsébet Eszter
    Eugen Evangelia Evangelos Evdokia Evgenia Evgeny Evgueni Evguenia Evhen Evripidis Ewa Faina
    Fedor Feliks Ferenc Filippos Fiodor Florentina Florin Foteini Fotini Fotis František Gábor
    Galina Gennadi Georgiana Georgios Gerasimos Ghenadie Gheorghe Giannis Giorgos Gleb Grażyna
    Grigori Grigoris Grisha Grzegorz Guennadi Gyula Halina Halyna Hana Herman Horia Hryhoriy
    Iakovos Iaroslav Iegor Iekaterina Ielena Ievgen Igor Ihar Ihor Ilya Imre Inga Innokenti Ioan
    Ioana Ioanna Ioannis Ion Ionut Ionuț Ioulia Iouri Ippolit Irena Iryna István Iurie Ivana Ivanna
    Iwona Jacek Jadwiga Jakub János Janusz Jarmila Jaroslav Jauhen Jerzy Jiří Jolanta Jozef Józef
    József Judit Juraj Justyna Kalliopi Kamil Karel Karol Karolina Katalin Katarzyna Katerina
    Kateřina Kateryna Katsiaryna Kazimierz Khrystyna Kinga Kira Kirill Klavdia Kleanthis Kolia
    Konstantina Konstantinos Kostas Kostia Krisztina Krystyna Krzysztof Ksenia Kyriaki Kyriakos
    Kyrylo Lajos Lambros Larisa Larysa László Laurențiu Lavrenti Lech Lefteris Lenka Leonid
    Leonidas Lesia Lesya Lev Lioubov Lioudmila Liudmyla Liviu Ľubomír Lucian Ludmila Lukáš Lukasz
    Luminița Lyubov Lyudmyla Macha Maciej Magda Maia Maïa Maksym Malgorzata Manolis Marcin Marek
    Mária Marián Marianna Mariia Marilena Marios Mariusz Mariya Markéta Markos Márton Maryia
    Marzena Masha Mateusz Matina Matvei Matveï Maxim Małgorzata Melina Micha Michal Michalis Michał
    Mieczysław Mihaela Mihai Mikhail Mikhaïl Miklós Milena Miltiadis Minas Mircea Mirela Miroslav
    Misha Mykhailo Mykola Myroslava Myrto Nadejda Nadezhda Nadiia Natacha Nataliia Nataliya Natalya
    Nazar Nefeli Nektarios Nicolae Nicoleta Nicu Niki Nikita Nikolai Nikolaï Nikolaos Nikoleta
    Nikos Noémi Nonna Oana Octavian Odysseas Oksana Oleg Oleh Oleksandr Oleksandra Oleksii Oleksiy
    Olena Olesea Olha Ondřej Orest Orestis Orsolya Ostap Ourania Ovidiu Oxana Palina Panagiota
    Panagiotis Panos Pantelis Paraskevas Paraskevi Paulina Pavel Pavlo Pavlos Pawel Paweł Periklis
    Péter Petia Petr Petro Petros Petru Piotr Platon Polina Prodromos Przemysław Radek Radosław
    Radu Rafal Rafał Raïssa Raluca Ramona Răzvan Réka Rena Rimma Róbert Rodica Rodion Roksolana
    Roman Rostislav Rostyslav Roula Roxana Ruslan Ryszard Sakis Sándor Sasha Savva Savvas Semyon
    Sergei Sergey Serghei Sergueï Serhii Serhiy Siarhei Snejana Sofiia Sofya Sokratis Solomiia
    Sorin Sotiria Sotiris Spyros Stamatis Stanislav Stanislava Stanislaw Stanisław Stathis Stavros
    Stavroula Ștefan Stefanos Stela Stelios Stepan Styliani Sveta Svetlana Sviatlana Svitlana
    Sylwia Szymon Sławomir Tadeusz Taisia Taisiia Takis Tamás Tania Taras Tasos Tatyana Tetiana
    Tetyana Thanasis Thanos Themis Theodora Theodoros Thodoris Tibor Timos Timur Tomáš Tomasz
    Traian Trofim Tryfon Tudor Uladzimir Uliana Ulyana Urszula Václav Vadim Vadym Valentyna Valeri
    Valeriu Valeriy Valery Vangelis Vania Varvara Vasile Vasileios Vasiliki Vasilis Vasily Vasos
    Vassili Vassilis Vassilissa Vassily Vasyl Vasylyna Veaceslav Venedikt Věra Veronika Viatcheslav
    Viktar Viktória Viktoriia Violetta Viorel Viorica Vira Vitali Vitalii Vitaliy Vlad Vladimir
    Vladimír Vladislav Vojtěch Volodia Volodymyr Voula Vsevolod Vyacheslav Wanda Weronika Witold
    Wojciech Włodzimierz Xenia Yakov Yana Yannis Yaroslav Yaryna Yevgenia Yevhen Yiorgos Youri
    Yulia Yuliia Yuri Yurii Yuriy Zacharias Zacharoula Zakhar Zbigniew Zdeněk Zdeňka Zdzisław Zeta
    Zinaïda Zinoviy Zlata Zofia Zoi Zoltán Zoriana Zoya Zsófia Zsolt Zsuzsanna Zuzana Zuzanna Zuzka
    Łukasz
    """

  /// Balkan (Serbian, Croatian, Bosnian, Slovene, Macedonian, Albanian, Bulgarian), Caucasian and
  /// Central Asian names.
  private static let balkanAndCaucasian = """
    Admir Afrim Agim Agron Aibek Aidana Aigerim Ainur Aizhan Akmal Albana Albin Aleksa Aleksandar
    Alen Alisher Alketa Alma Almazbek Almir Amela Amra Anahit Anar Andrej Andrijana Anila Ante Aram
    Arben Arbër Arman Armen Armine Arsen Arta Artan Asel Ashot Askar Avtandil Aygun Aynur Aysel
    Azamat Aziza Azra Bakhyt Bakytzhan Bauyrzhan Beka Bekzat Bekzod Belma Besa Besart Besnik
    Biljana Blerim Blerina Bojan Borut Boyko Branka Branko Bratislav Brikena Bujar Dalibor Damir
    Danijela Daniyar Dardan Darko Dauren Davit Davor Dejan Desislava Dildora Dilfuza Dilnoza
    Dilshod Dimitar Dinara Dino Dobrivoje Domagoj Donika Dragan Dragana Dragica Dragoljub Drita
    Dritan Dusan Dušan Dženana Edi Edin Edina Edon Edona Eka Elchin Elira Elma Elnur Elona Emin
    Emina Emira Emomali Enver Eriona Erjona Erlan Ermal Farhad Farrukh Fatmir Fatos Feruza Fjolla
    Flamur Flutura Gagik Gayane Gela Gent Genta Georgi Giorgi Gjorge Gocha Goran Gordana Gulbahor
    Gulmira Gulnar Gulnara Gulnora Gulshan Gunel Haris Hasmik Hayk Heydar Hovhannes Hristijan
    Hristo Hrvoje Ilgar Iliana Ilir Irakli Ismet Ivanka Ivica Ivo Jamshid Janez Jasmina Jasur
    Jehona Jelena Josip Jovan Jovana Jure Kairat Kamola Kamran Kanat Karapet Katarina Kenan Ketevan
    Khatia Kiro Konul Krasimir Kreshnik Krešimir Kujtim Lala Lasha Lejla Levan Levon Lilit Ljiljana
    Ljubica Ljupčo Luka Luljeta Lulzim Madina Mahir Majlinda Maka Mamuka Marat Mariami Marija Marko
    Matej Mavluda Mher Miha Milica Milorad Milos Miloš Milutin Mimoza Miodrag Mirjana Mirsad Mirza
    Mislav Mladen Momčilo Muhamed Narek Nargiz Nargiza Natasa Nataša Natia Nebojša Nenad Nermin
    Nevena Nigar Nihad Nijat Nika Nikol Nikola Nikolay Nilufar Nodira Nune Nurlan Nursultan Nurzhan
    Olivera Orkhan Otabek Petar Petrit Petya Plamen Predrag Radka Radmila Radovan Rakhmat Ramil
    Rashad Ratko Rauf Ravshan Rok Rositsa Rozafa Rumen Rustam Sabina Sadyr Safet Salome Samvel
    Sanja Saodat Sardor Saša Sead Senad Serdar Serik Serzh Sevda Shahla Shahlo Shakhnoza Shavkat
    Sherzod Shokhrukh Shota Shpend Shqipe Shukhrat Siniša Siranush Slavica Slobodan Snežana Sopho
    Špela Srđan Stevan Stjepan Stoyan Suren Tamar Tamta Tatjana Tea Temur Teodora Teuta Tigran
    Tihomir Tinatin Tjaša Todor Togrul Tomislav Trajko Tsvetan Tsvetelina Tural Ulugbek Ulviyya
    Umid Uroš Urška Vahe Vakhtang Valbona Valon Vanya Vardan Vesna Visar Višnja Vjosa Vojislav
    Vugar Vuk Vusal Xhevdet Yerlan Yerzhan Ylli Yordan Yordanka Zarina Zaur Zdenka Zdravko Zef
    Željka Željko Zhanar Zhanna Žiga Živko Zlatan Zlatko Zoran Zorica Zornitsa Zulfiya Zurab
    Zvonimir Đorđe Đurđa
    """

  /// Turkish, Persian (Iran) and Afghan (Dari, Pashto, Hazaragi) names.
  private static let turkishAndPersian = """
    Abdulhaq Abdülkadir Abdurrahman Adem Afsaneh Ahmadullah Ahmet Ajmal Akbar Alireza Alper
    Amanullah Aminullah Arash Ardeshir Aref Arezo Arezoo Armita Asadullah Asif Asli Aslı Atefeh
    Atiqullah Attaullah Aylin Ayse Ayşe Aysun Azadeh Azar Babak Bahar Baryalai Barış Basir Batuhan
    Behnam Behnaz Behrouz Behzad Benafsha Berk Berna Bijan Bora Bülent Burak Burcu Buse Büşra
    Çağlar Canan Cansu Cem Cengiz Damla Dariouch Dariush Davood Defne Deniz Derya Dilek Doğan Donya
    Dorsa Duygu Ebrahim Ebru Ece Eda Ege Ehsan Ehsanullah Ela Elham Elif Emine Emre Enes Ercan
    Erdem Eren Erkan Ertuğrul Esma Esmail Esra Ezatullah Ezgi Fadime Faezeh Fariba Faridullah
    Farshad Farshid Farzad Fatemeh Fatih Fawad Fazal Fazlullah Fereshta Fereshteh Ferhat Feride
    Freshta Furkan Gamze Ghazal Gholam Ghulam Gizem Gökhan Golnar Golnaz Gul Gül Gulalai Gülay
    Gulbuddin Gülşen Gülsüm Habibullah Hacer Hafizullah Hakan Haleh Halil Hamdullah Hamida Hamideh
    Hamidreza Hamidullah Hamzeh Hande Hanife Haroon Hashmat Hasti Hatice Hayatullah Hedayatullah
    Hekmatullah Hesam Hikmatullah Hikmet Hojat Homa Hooman Hosai Hosna Hossein Houman Hülya Hüseyin
    İbrahim Ikramullah İlhan Ilker İlker Inayatullah Ipek İpek Iraj Irem İrem İsmail Javad Javed
    Jawid Jila Kaan Kadir Kadriye Katayoun Kaveh Kâzım Kemal Kerem Keyhan Keyvan Khosrow Kimia
    Koorosh Koray Kourosh Kübra Laleh Levent Leyla Lutfullah Mahbooba Mahboubeh Mahdis Mahin
    Mahmood Mahmut Mahnaz Mahsa Mahtab Mahya Malala Malalai Manouchehr Marjan Masooma Masoumeh
    Matiullah Meena Mehmet Mehran Mehrdad Mehri Melek Melike Mert Merve Mesut Metin Milad Minoo
    Mirwais Mitra Mohammadreza Mohibullah Mojgan Mojtaba Morteza Mücahit Muhammet Mujib Mujibullah
    Murat Mursal Nader Naeem Nahid Najiba Naqibullah Narges Nargis Naser Nasim Nasima Nasir Nasrin
    Nasrullah Naveed Navid Nazanin Nazia Nazifa Nazila Nazlı Necati Necla Neda Negar Nematullah
    Nesrin Nihan Nihat Nilofar Niloufar Nilüfer Nima Noorullah Nuray Nurettin Obaidullah Oğuz Okan
    Ömer Omid Onur Orhan Ozan Özlem Palwasha Parisa Parvin Parviz Parwana Payam Pedram Pegah Pejman
    Peyman Pinar Pooneh Pouya Pınar Qadir Qudratullah Rafi Raha Raheleh Rahila Rahim Rahimullah
    Rahman Rahmat Rahmatullah Ramazan Ramin Rasoul Recep Reza Roqia Rostam Ruhollah Rukiye Sadaf
    Saeed Saeid Safiullah Şahin Saifullah Sajad Salih Saliha Samiullah Sanaz Seda Sedat Selçuk
    Selin Semra Sepideh Serap Şerife Serkan Setareh Sevgi Sevim Şeyma Shabana Shabnam Shafiq
    Shafiullah Shahida Shahin Shahram Shakib Shakila Shapour Sharif Sheida Shiva Shoaib Shugufa
    Shukria Siavash Sibel Sima Simin Sinan Sitara Sohail Sohaila Soheila Sohrab Somayeh Songül
    Soroush Storai Şükran Şükrü Şule Süleyman Suraya Tahereh Tahmina Tahsin Tamana Taner Taraneh
    Tarık Tayyip Tolga Tuba Tuğba Tülay Tuncay Turgut Ugur Uğur Ümran Umut Vahid Veysel Volkan
    Waheed Wais Wazhma Yağmur Yakup Yalda Yasaman Yasemin Yavuz Yeliz Yiğit Yılmaz Zabihullah Zafer
    Zahida Zahir Zaki Zalmai Zarghona Zari Zarifa Zarmina Zehra Zeki Zerrin Zia Ziaullah Ziba Zohal
    Zohreh Zubair Zuhal
    """

  /// South Asian names: Bangladeshi, Rohingya, Pakistani, Indian, Nepali, Sri Lankan.
  private static let southAsian = """
    Aamir Aarav Abhishek Abul Aditya Ahsan Aishwarya Ajay Akash Amarjit Aminul Amit Amitabh Ammara
    Anand Ananya Anbu Anil Anjali Ankit Anowar Anum Anwara Aqsa Arif Arjun Arshad Arul Arun Asad
    Ashok Ashraful Asim Atif Ayesha Babar Baljit Benazir Bhupinder Bikram Bilawal Bilkis Bimala
    Binod Bishnu Chaminda Chandrika Danish Deepa Deepak Delowara Devi Dilani Dinesh Dinuka Dipendra
    Divya Durga Ehtisham Enayet Fahad Faraz Farooq Farzana Fatema Fauzia Fiza Gagandeep Ganesh
    Ganga Gaurav Geeta Gita Gopal Gotabaya Gurpreet Habibur Hardeep Hari Harish Harjit Harpreet
    Hina Humaira Imran Imtiaz Indira Iqra Irfan Jagdish Jagjit Jahangir Jahanzeb Jannat Jaspreet
    Jasvinder Jaya Jesmin Junaid Kalam Kamala Kamrul Karan Karthik Kashif Kasun Kavita Kavitha
    Kavya Kawsar Khaleda Khurram Kiran Kohinoor Krishna Kuldeep Kulwant Kumaran Kumari Lakshmanan
    Lakshmi Lata Laxmi Madhuri Madiha Mahbub Mahela Mahesh Mahinda Mahira Mahnoor Mamata Mamun
    Mandeep Manish Manju Manoj Manpreet Masud Mehreen Mehwish Minara Mizanur Mohib Mohsin Mokbul
    Momena Monir Morium Mostafizur Mubashir Mudassar Mukesh Muneeb Murugan Nabeel Nadeem Naila
    Nandini Narendra Navdeep Nawaz Nazma Nazmul Neha Nikhil Nimal Nimali Nimra Nirmala Nisha Nitin
    Nurjahan Nurul Nuwan Obaid Padma Pankaj Parminder Parvati Parveen Pooja Prabhu Pradeep Prakash
    Pramila Pranav Preeti Priya Priyanka Puja Pushpa Qaiser Rabia Rabindra Radha Rafiq Raheel
    Rahima Rahul Rajan Rajesh Rajinder Rajiv Rakesh Rakib Ram Raman Ramesh Rani Ranil Ranjit
    Rashida Rashmi Ravindran Rehana Rekha Rezaul Rida Rina Ritu Rizwan Rohit Rojina Rokeya Rokiya
    Rubel Rubina Rukia Ruma Rupa Ruwan Sabeen Sabitri Sachin Sadek Saiful Saima Sajid Sajith
    Salimullah Samina Sandeep Sanduni Sangeeta Sanjay Sanjeev Santosh Saqib Sarita Sarmad Satish
    Savitri Selvi Senthil Shafiqul Shahana Shahbaz Shahid Shahidul Shahnaz Shahzad Shahzaib Shaista
    Shakil Shamim Shamima Shamsul Shanthi Shanti Sharmin Shazia Sher Sheuli Shilpa Shreya Shyam
    Siddharth Sidra Simran Sita Sivakumar Smita Sobia Sohel Sonal Srinivas Sufia Suganya Sukhwinder
    Sultana Sumaiya Sumbul Sumon Sunil Sunita Suresh Surya Sushila Swati Tabassum Tahira Talha
    Tanvir Taslima Tasmin Tayyab Tharindu Tharshan Thilini Uma Umair Usama Usha Uzma Vandana Varun
    Vasanthi Venkatesh Vidya Vijay Vikram Vinod Vishal Vivek Wajid Waqar Waqas Waseem Yawar Yogesh
    Yumna Zahid Zeeshan Ziaur Zohaib Zulfikar
    """

  /// South-East and East Asian names: Vietnamese, Thai, Khmer, Lao, Burmese, Filipino, Indonesian,
  /// Malay, Japanese, Chinese, Korean.
  private static let eastAsian = """
    Adi Ador Agus Aisyah Akiko Akira Amirah Analyn Anan Anchalee Andi Anh Ani Apinya Arief Arlene
    Arnel Arunee Aung Ayu Ayumi Azizah Azlan Bambang Bayu Benigno Binh Bình Bongbong Boonmee Bopha
    Bounmy Bounthanh Budi Chaiya Chalerm Chanida Channa Chantha Chanthou Chau Châu Chenda Chie
    Corazon Crisanto Cuong Cường Daisuke Danilo Dat Dewi Dian Diep Dimas Divina Duc Dung Dũng Duy
    Edgardo Editha Efren Eko Emelita Emiko Endang Eri Erlinda Eunji Evangeline Fajar Faridah Fumio
    Gerlie Giang Hafiz Hai Hải Hamidah Hanh Hạnh Haruka Haruki Haslinda Hau Hendra Hidayah Hideki
    Hien Hiền Hieu Hiếu Hiroko Hiroshi Hla Hnin Hoa Hoà Hoai Hoang Hoàng Honeylyn Htay Htun Hua Hui
    Hung Hùng Huong Hương Huy Huyen Hyun Ichiro Imelda Indra Intan Irwan Jayson Jenalyn Jennylyn
    Jerome Jian Jiho Jing Jinky Jintana Jiwoo Jiyoung Joko Jomar Jun Junko Kana Kannika Kanokwan
    Kanya Kaori Kartika Kazuki Kazuo Keiko Kenichi Kenji Kenta Ketut Khaing Khamla Khamphone Khanh
    Khánh Khin Khoa Kien Kittipong Kosal Kristine Kulap Kumiko Kunthea Kyaw Lamai Lan Lei Leni
    Lestari Linh Loan Loc Luan Luzviminda Mahathir Malee Manny Maricel Mariko Marilou Marites
    Marivic Marvin Masahiro Masato Maung Maybelle Mayumi Megawati Megumi Mei Michiko Ming Minh
    Minjun Minseo Misaki Moe Mya Myint Myo Naing Nanami Naoki Naoko Naowarat Narong Nattapong
    Nenita Nga Ngoc Ngọc Nhan Nhi Nhung Niran Nittaya Noraini Norhayati Noriko Nurhaliza Nyein
    Nyoman Nyunt Oanh Ohn Panya Pattama Pheap Phong Phonsavanh Phuc Phúc Phuong Phương Phyu Pichai
    Pimchanok Pisey Pornthip Prabowo Pranee Prapas Prasert Prayut Puspita Putu Pyae Qiang Quang
    Quynh Quỳnh Rachelle Ratana Rath Ratna Rattana Remy Retno Rhea Rini Rithy Rohana Romeo Rommel
    Rosalinda Rosmah Rowena Rudi Ryo Sachiko Sakda Sakura Salmiah Samnang Sandar Sasithorn Satoshi
    Seojun Seoyeon Sheryl Shiela Shinzo Siriporn Siti Slamet Soe Sokha Sokunthea Sombat Somchai
    Somjai Somphone Sompong Somporn Somsak Somsri Sophal Sophea Sopheak Sopheap Sothea Souksavanh
    Sovann Soyeon Srey Sreymom Suchart Suda Sunee Sunisa Supachai Surachai Susilo Suwit Syafiq
    Syahirah Takashi Takeshi Takumi Tam Tâm Taro Teguh Thaksin Thanawat Thandar Thang Thanh Thant
    Thao Thảo Thein Thida Thinh Thitima Thongsavanh Thu Thuan Thuy Thủy Thuzar Tien Tiến Tomoko
    Trang Trinh Trung Truong Tuan Tuấn Uthai Uyen Vannak Vanxay Vinh Visal Vuthy Vy Wahyu Wanida
    Waraporn Wati Wayan Wei Wichai Wirat Wulan Xiaoli Xiaoming Xin Xuan Xuân Yadanar Yan Yanti Ying
    Yingluck Yoko Yong Yoshihide Yoshiko Yudi Yui Yuki Yumi Yupin Yusuke Yuta Zaw Zhen Zhiwei Zin
    Zulaikha Zulkifli Đức
    """

  /// Haitian and Pacific (Fijian, Tongan, Samoan, Māori, Tahitian) names.
  private static let haitianAndPacific = """
    Anaru Ariel Ariki Aroha Bélony Bernadin Darline Dieula Dieuseul Dieuvela Edner Élisena Epeli
    Ernso Ertha Evens Fednel Fedner Fetu Frantz Garry Germanie Guerda Heiarii Heimana Hemi Hinano
    Inoke Isikeli Jameson Jean-Ronel Jean-Wesley Jioji Jocelerme Jone Josaia Jovenel Kalisi Kervens
    Kesner Kettly Ketty Kiri Lesly Litia Losaline Losana Luckner Lucner Lupe Lusiana Makereta Malia
    Manaia Manoucheka Manuarii Marie-Flore Mele Mereani Mérilien Michaëlle Mimose Mirlande Myrlande
    Myrtha Nesly Ngaire Nirva Orélien Phanor Poema Rangi Réginald Rodney Ronel Roosevelt Rosemond
    Salote Sefo Semisi Seru Sione Siosaia Sitiveni Sonel Stevenson Tama Tane Taniela Tehani Teuira
    Teva Tevita Tiare Timoci Tomasi Tui Tupou Unaisi Vaitiare Vani Vilaire Viliami Vilimone Wesly
    Wesner Wideline Widline Widlyne Wilda Wilkens Wilner Wilnick Wiremu Wisler Wisly Woodly Woodson
    Yolette Yveline Yvener Yvenie Yvrose
    """
}
