import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// `PersonIndex.mergeShortForms()` keeps the index as it is when nothing folds; it must give
/// the same people, names and mentions as `PersonIndexOracle`, which always rebuilt it.
struct PersonIndexMergeOracleTests {
  /// Names, their shorter forms and others, some with honorifics and roles.
  private static let names = [
    "William Lacy Swing", "William Swing", "Swing", "Lacy Swing", "M. Swing", "Carmela Godeau",
    "Godeau", "Carmela", "Flavio Di Giacomo", "Di Giacomo", "Giacomo", "Mariam", "Mariam Traoré",
    "Traoré", "Jean-Pierre Koffi", "Koffi", "N’Guessan Koffi", "Élise Ñúñez", "Ñúñez",
    "Emanuela DEL RE", "DEL RE", "Mme Amy Pope", "Amy Pope", "Pope", "Amy", "Ali al-Ahmad",
    "al-Ahmad", "’Abdel Rahman", "Rahman", "1er Ministre", "Şerife Öz", "Öz", "Roseline",
  ]

  private static let roles: [String?] = [
    nil, nil, "Directeur général", "qui a dit", "directrice de l’OIM", "Premier ministre", "",
  ]

  /// Texts naming them in several ways.
  private static let texts = [
    "M. Swing a dit", "William Lacy Swing et Godeau", "selon Di Giacomo, Flavio",
    "Mariam Traoré et Mariam", "Koffi, N’Guessan Koffi", "Ñúñez Élise", "DEL RE Emanuela",
    "Amy Pope et Pope", "al-Ahmad ’Abdel Rahman", "le 1er Ministre Öz", "Roseline et Carmela",
    "", "rien", "SwingGodeau Swing-Godeau Swing’s",
  ]

  @Test func mergingGivesTheSameIndex() {
    var random = SplitMix(state: 29)
    var compared = 0
    for _ in 0..<3_000 {
      var index = PersonIndex()
      var oracle = PersonIndexOracle()
      for _ in 0..<(1 + random.below(12)) {
        let name = Self.names[random.below(Self.names.count)]
        let role = Self.roles[random.below(Self.roles.count)]
        index.add(name, role: role)
        oracle.add(name, role: role)
        if random.below(4) == 0 {
          index.mergeShortForms()
          oracle.mergeShortForms()
        }
      }
      index.mergeShortForms()
      oracle.mergeShortForms()
      #expect(index.people == oracle.people)
      for text in Self.texts + Self.names {
        #expect(index.firstMention(in: text)?.name == oracle.firstMention(in: text)?.name)
        #expect(index.firstMention(in: text)?.offset == oracle.firstMention(in: text)?.offset)
        #expect(index.lastMention(in: text) == oracle.lastMention(in: text))
        #expect(index.canonical(text) == oracle.canonical(text))
        compared += 1
      }
    }
    #expect(compared > 100_000)
  }
}
