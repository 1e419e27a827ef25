import CommuniqueCore

/// Hand-written `Release` values shaped like the parser's output for the two sample releases,
/// plus awkward ones (wide characters, escape sequences), for view and update tests.
public enum SampleReleases {
  /// `Content/000_…`: the Prometeo seminar in Tripoli.
  public static let seminar = Release(
    id: "269d928ce5d6a93b", sourcePath: "Content/000_269d928ce5d6a93b.txt",
    title: "Un séminaire pour débattre des aboutissements de Prometeo",
    dateline: Dateline(place: "Tripoli", when: "Lundi", raw: "Lundi,"),
    paragraphs: [
      paragraph(
        "Lundi, l'OIM et la World Islamic Call Society (WICS) organiseront un séminaire à "
          + "Tripoli pour présenter les aboutissements de Prometeo, un projet de promotion des "
          + "capacités de lutte contre la traite des personnes financé par le Ministère italien "
          + "des Affaires étrangères."),
      paragraph(
        "Les participants comprennent des représentants de l'OIM, du gouvernement libyen et "
          + "des ONG locales impliquées dans le projet, qui porte principalement sur la Libye "
          + "et le Maroc."),
      paragraph(
        "« L'OIM apporte à cette initiative une expertise technique et de l'expérience, pour "
          + "favoriser le rôle de la société civile libyenne », déclare Carmela Godeau, "
          + "Directrice générale adjointe de l'OIM pour la région méditerranée."),
      paragraph(
        "« Les personnes que nous essayons de cibler sont les migrants irréguliers en "
          + "détention les plus vulnérables », fait-elle remarquer."),
    ],
    quotes: [
      Quote(
        text: "L'OIM apporte à cette initiative une expertise technique",
        speaker: "Carmela Godeau", role: "Directrice générale adjointe de l'OIM",
        paragraph: 2, paragraphEnd: 2),
      Quote(
        text: "Les personnes que nous essayons de cibler", speaker: "Carmela Godeau",
        role: nil, paragraph: 3, paragraphEnd: 3),
    ],
    organisations: [
      Organisation(name: "Organisation internationale pour les migrations", acronym: "OIM"),
      Organisation(name: "World Islamic Call Society", acronym: "WICS"),
      Organisation(name: "Haut-Commissariat des Nations Unies pour les réfugiés", acronym: "HCR"),
    ],
    people: [
      Person(
        name: "Carmela Godeau",
        role: "Directrice générale adjointe de l'OIM pour la région méditerranée")
    ],
    contacts: [
      Contact(
        name: "Laurence Hart", office: "OIM Tripoli",
        phones: [Phone(raw: "+ 218 91 383 25 96", e164: "+218913832596", label: "tel")],
        emails: ["lhart@iom.int"]),
      Contact(
        name: "Flavio Di Giacomo", office: "OIM Rome",
        phones: [Phone(raw: "+ 39 06 44 186 207", e164: "+390644186207", label: "tel")],
        emails: ["fdigiacomo@iom.int"]),
    ])

  /// `Content/001_…`: the workshop on alternatives to detention in Libya.
  public static let workshop = Release(
    id: "23d4a6d882691ca0", sourcePath: "Content/001_23d4a6d882691ca0.txt",
    title: "L’OIM organise un atelier sur les alternatives à la détention en Libye",
    dateline: Dateline(place: "Tripoli", when: "La semaine dernière", raw: "Tripoli -"),
    paragraphs: [
      paragraph(
        "La semaine dernière, à Tripoli, l’Organisation internationale pour les migrations "
          + "(OIM) a organisé un atelier sur les pratiques et procédures pour les alternatives "
          + "à la détention en Libye."),
      paragraph(
        "« Il est important de faire respecter les principes de base de la protection de "
          + "l’enfance », a déclaré Mabrouka al-Ouzoumi, responsable du Département du "
          + "bien-être des femmes."),
      paragraph(
        "Cet atelier ouvre la voie à l’attention accrue que mettra l’OIM sur les alternatives "
          + "à la détention en 2019."),
    ],
    quotes: [
      Quote(
        text: "Il est important de faire respecter les principes de base",
        speaker: "Mabrouka al-Ouzoumi", role: nil, paragraph: 1, paragraphEnd: 1)
    ],
    organisations: [
      Organisation(name: "Organisation internationale pour les migrations", acronym: "OIM"),
      Organisation(name: "International Detention Coalition", acronym: "IDC"),
    ],
    people: [Person(name: "Mabrouka al-Ouzoumi", role: "responsable du Département")],
    contacts: [
      Contact(
        name: "Maya Abu Ata", office: "OIM Libye",
        phones: [Phone(raw: "+218 91 002 4839", e164: "+218910024839")],
        emails: ["mabuata@iom.int"])
    ])

  /// A release full of wide graphemes: CJK, emoji, combining accents.
  public static let wide = Release(
    id: "wide", sourcePath: "wide.txt",
    title: "移民 🌍 Réunion à Genève — 国际移民组织 🇫🇷 e\u{301}te\u{301}",
    paragraphs: [
      paragraph(
        "国际移民组织（IOM）与合作伙伴 🌍🌏 « 欢迎 👋 tout le monde » e\u{301}crit-il. "
          + String(repeating: "移民🚢 ", count: 30))
    ],
    organisations: [Organisation(name: "国际移民组织 🌍", acronym: "OIM")],
    contacts: [Contact(name: "王小明 👤", office: "東京", emails: ["wang@iom.int"])])

  /// A release whose text tries to drive the terminal.
  public static let hostile = Release(
    id: "hostile", sourcePath: "hostile.txt",
    title: "Titre \u{1B}[2J effacé \u{202E}esrever",
    paragraphs: [
      paragraph(
        "Avant \u{1B}]52;c;cGlyYXRl\u{07} après \u{9B}31m rouge \u{1B}[?1049h fin \u{202E}abc")
    ],
    contacts: [Contact(name: "Piège \u{1B}[5m", office: nil, emails: ["x\u{85}@iom.int"])])

  /// A paragraph with its « … » quotes marked as spans (offsets in Unicode scalars).
  public static func paragraph(_ text: String) -> Paragraph {
    var spans: [Span] = []
    var start: Int?
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if scalar == "«" { start = offset }
      if scalar == "»", let open = start {
        spans.append(Span(kind: .quote, start: open, length: offset - open + 1))
        start = nil
      }
    }
    return Paragraph(text: text, spans: spans)
  }
}
