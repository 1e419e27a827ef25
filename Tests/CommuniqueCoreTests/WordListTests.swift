import Testing

@testable import CommuniqueCore

/// The lexicon's lists split on their bytes: words on spaces and line breaks, names of several
/// words on line breaks only, as splitting the text by character did.
@Suite struct WordListTests {
  static let lists = [
    "Afrique du Sud\nCôte d’Ivoire\nÎles Salomon",
    "\nMer Égée\n\nLac Tchad\n",
    "Bosnie-Herzégovine",
    "",
    "\n\n",
  ]

  @Test(arguments: lists)
  func linesAreTheCharacterSplit(_ text: String) {
    #expect(WordList.lines(text) == text.split(separator: "\n").map(String.init))
  }

  @Test func linesKeepTheSpacesOfANameOfSeveralWords() {
    #expect(
      WordList.lines("Afrique du Sud\nMer Égée\n") == ["Afrique du Sud", "Mer Égée"])
  }

  @Test func everyPlaceNameIsOneWholeLine() {
    #expect(PlaceNames.all.contains("Afrique du Sud"))
    #expect(!PlaceNames.all.contains("du"))
    #expect(PlaceNames.all.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
  }
}
