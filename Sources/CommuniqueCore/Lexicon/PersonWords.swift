/// The words around people's names in French releases: honorifics, roles, particles, and the
/// capitalised words that never start a name. Written by hand for communique; compared in
/// lower case.
enum PersonWords {
  /// Honorifics and forms of address before a name (`M.`, `Mme`, `Dr`, `S.E.`, `SEM`).
  static let honorifics: Set<String> = words(
    """
    m mme mmes mlle mr mrs ms dr pr me s.e sem monsieur madame mademoiselle excellence
    docteur professeur maître sa son majesté altesse
    """)

  /// Role nouns that may stand right before a name (`le Maire X`, `le DG X`, `la Ministre X`)
  /// or open an apposition (`X, directrice …`).
  static let roles: Set<String> = words(
    """
    directeur directrice dg ddg dga chef cheffe responsable représentant représentante ministre
    président présidente vice-président vice-présidente secrétaire sous-secrétaire coordinateur
    coordinatrice coordonnateur coordonnatrice porte-parole chargé chargée spécialiste
    conseiller conseillère ambassadeur ambassadrice fondateur fondatrice haut-commissaire
    commissaire envoyé envoyée gouverneur gouverneure maire préfet préfète sultan roi reine
    émir prince princesse cheikh imam évêque pape officier agent agente expert experte membre
    administrateur administratrice délégué déléguée gestionnaire superviseur superviseure
    infirmier infirmière médecin psychologue assistant assistante analyste chercheur
    chercheuse professeur professeure juge procureur procureure député députée sénateur
    sénatrice avocat avocate journaliste photographe pédiatre sage-femme éducateur éducatrice
    animateur animatrice militant militante survivant survivante migrant migrante réfugié
    réfugiée rapatrié rapatriée bénévole volontaire étudiant étudiante enseignant enseignante
    travailleur travailleuse consultant consultante point premier première chancelier
    chancelière lieutenant capitaine colonel général commandant directeur-général
    haut-représentant rapporteur rapporteuse conseillère-spéciale chargé-d’affaires
    ministre-conseiller haut haute mère père fille fils épouse mari veuve frère sœur
    grand-mère grand-père agricultrice agriculteur pêcheur commerçant commerçante artisan
    """)

  /// Words that end a role's name (`Représentante spéciale`, `Secrétaire générale adjointe`).
  static let roleQualifiers: Set<String> = words(
    """
    spécial spéciale générale adjoint adjointe exécutif exécutive résident résidente permanent
    permanente
    """)

  /// Words that may stand before a role word inside the role (`vice`, `haut`, `premier`).
  static let roleModifiers: Set<String> = words(
    """
    haut haute premier première vice sous grand grande ancien ancienne nouveau nouvelle
    """)

  /// Lower-case particles allowed inside a name (`Flavio Di Giacomo`, `Bruno Le Roux`).
  static let particles: Set<String> = words(
    """
    de di da du del della dos das van von der den le la bin ben ould ibn al el y e
    """)

  /// Capitalised words that are never the first word of a person's name: articles,
  /// pronouns and words that open sentences, days and months, and nouns of bodies.
  static let notNameStarts: Set<String> = words(
    """
    le la les l’ un une des en dans pour selon avec par sur au aux du de cette ce ces cet
    depuis lors après avant pendant mais et elle il ils elles nous vous je tu on son sa ses
    leur leurs notre nos votre vos mon ma mes qui que quoi dont où quand comme si ainsi alors
    aujourd’hui hier demain tous tout toute toutes plus moins très bien entre contre sans sous
    vers chez malgré grâce face afin outre près loin lundi mardi mercredi jeudi vendredi samedi
    dimanche janvier février mars avril mai juin juillet août septembre octobre novembre
    décembre nations république royaume états etats world international united european police
    garde cluster sommet conférence pacte journée projet plan processus déclaration rapport
    stratégie équipe armée marine photo photos crédit source lire voir communiqué global
    matrice protection brigade stabilisation unité force forces cellule commandement consortium
    projet campagne opération
    """
  ).union(InstitutionNouns.lowercased)

  /// Titles that may stand right before a surname alone (`le DG Swing`, `le Maire Feltou`).
  static let titles: Set<String> = words(
    """
    dg ddg dga maire ambassadeur ambassadrice président présidente ministre sultan roi reine
    émir cheikh imam général colonel capitaine commandant docteur professeur gouverneur préfet
    juge sénateur sénatrice député députée chancelier chancelière pape mwami chef
    """)

  /// Verbs and auxiliaries that follow a person who is the subject of a sentence
  /// (`Roseline est assise`, `Mariam a tout perdu`).
  static let subjectVerbs: Set<String> = words(
    """
    est a était avait sera serait vit vivait raconte racontait explique dit confie sourit
    travaille travaillait habite rêve espère attend fait va veut voulait peut pouvait doit
    se s’est s’était n’a n’est n’avait ne garde tient porte prépare partage souhaite
    """)

  /// The saying verbs that attribute a quote (`a déclaré`, `explique`, `selon`).
  static let sayingVerbs: Set<String> = words(
    """
    déclaré déclare déclarait affirmé affirme expliqué explique ajouté ajoute souligné souligne
    indiqué indique précisé précise noté note estimé estime dit rappelé rappelle conclu conclut
    insisté insiste poursuivi poursuit observé observe confié confie raconté raconte témoigné
    témoigne commenté commente assuré assure martelé martèle lancé lance déploré déplore
    reconnu reconnaît rapporté rapporte soutenu soutient remarqué remarque signalé signale
    annoncé annonce relevé relève résumé résume prévenu prévient averti avertit plaidé plaide
    salué salue souri sourit lâché lâche glissé glisse avoué avoue admis admet espéré espère
    murmuré murmure répondu répond demandé demande repris reprend continué continue détaillé
    détaille complété complète renchéri renchérit nuancé nuance exprimé exprime félicité
    félicite appelé appelle exhorté exhorte alerté alerte insistait expliquait ajoutait
    souvient rappelait racontait confiait selon d’après says said mots propos paroles
    """)

  /// Lower-cased words of `text`, split on white space.
  private static func words(_ text: String) -> Set<String> {
    Set(WordList.words(text))
  }
}
