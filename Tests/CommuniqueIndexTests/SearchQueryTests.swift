import CommuniqueIndex
import Testing

/// How typed queries are split into terms, and words folded.
struct SearchQueryTests {
  @Test func wordsPhrasesExclusionsAndFields() {
    let query = SearchQuery("migrants \"aide au retour\" -Libye org:HCR lieu:\"Port-au-Prince\"")
    #expect(
      query.terms.map(\.words) == [
        ["migrants"], ["aide", "au", "retour"], ["libye"], ["hcr"], ["port", "au", "prince"],
      ])
    #expect(query.terms.map(\.isPhrase) == [false, true, false, false, true])
    #expect(query.terms.map(\.isExcluded) == [false, false, true, false, false])
    #expect(query.terms.map(\.field) == [.anywhere, .anywhere, .anywhere, .organisations, .place])
  }

  @Test func onlyExclusionsOrPunctuationIsEmpty() {
    #expect(SearchQuery("-migrants").isEmpty)
    #expect(SearchQuery(" « » - : ").isEmpty)
    #expect(SearchQuery("personne:").isEmpty)
  }

  @Test func ligaturesApostrophesAndCaseFoldTheSameWay() {
    #expect(SearchTokenizer.words("Main-d’Œuvre") == ["main", "d", "oeuvre"])
    #expect(SearchTokenizer.words("l'OIM") == SearchTokenizer.words("l’OIM"))
    #expect(SearchTokenizer.words("DÉTENTION") == ["détention"])
  }

  @Test func frenchStemsJoinInflections() {
    let stemmer = FrenchStemmer()
    #expect(stemmer.stem("migrants") == stemmer.stem("migrant"))
    #expect(stemmer.stem("rapatriement") == stemmer.stem("rapatriés"))
  }
}
