import CommuniqueCore
import CommuniqueTestSupport
import Testing

/// Every fixture in `Tests/Fixtures/` parsed and checked against its `*.expected.json`,
/// written by hand from the text (never produced by the parser).
@Suite struct FixtureTests {
  @Test func thereAreEnoughFixtures() {
    #expect(FixtureExpectation.fixtureNames().count >= 25)
  }

  @Test(arguments: FixtureExpectation.fixtureNames())
  func fixtureParsesAsExpected(_ name: String) throws {
    let expected = try FixtureExpectation.load(name)
    let release = ReleaseParser.parse(bytes: try Fixtures.bytes("\(name).txt"), sourcePath: name)
    #expect(release.title == expected.title)
    if let subtitle = expected.subtitle { #expect(release.subtitle == subtitle) }
    if let kind = expected.kind { #expect(release.kind.rawValue == kind) }
    if let dateline = expected.dateline {
      #expect(release.dateline?.place == dateline?.place)
      if let when = dateline?.when { #expect(release.dateline?.when == when) }
    }
    checkParagraphs(release, expected)
    checkQuotes(release, expected)
    checkOrganisations(release, expected)
    for person in expected.people ?? [] {
      let found = release.people.first { $0.name == person.name }
      #expect(found != nil, "personne manquante : \(person.name)")
      if let role = person.role, let found { #expect(found.role == role) }
    }
    for name in expected.notPeople ?? [] {
      #expect(
        !release.people.contains { foldedName($0.name) == foldedName(name) },
        "pas une personne : \(name)")
    }
    if let contacts = expected.contacts {
      #expect(release.contacts.map(\.name) == contacts.map(\.name))
      for (actual, wanted) in zip(release.contacts, contacts) {
        #expect(actual.office == wanted.office)
        #expect(actual.phones.map(\.e164) == wanted.phones.map(Optional.some))
        if let raw = wanted.phonesRaw { #expect(actual.phones.map(\.raw) == raw) }
        #expect(actual.emails == wanted.emails)
      }
    }
  }

  private func checkParagraphs(_ release: Release, _ expected: FixtureExpectation) {
    let texts = release.paragraphs.map(\.text)
    if let count = expected.paragraphCount { #expect(texts.count == count) }
    if let start = expected.firstParagraphStartsWith {
      #expect(texts.first?.hasPrefix(start) == true, "début : \(texts.first ?? "")")
    }
    if let end = expected.lastParagraphEndsWith {
      #expect(texts.last?.hasSuffix(end) == true, "fin : \(texts.last ?? "")")
    }
    for fragment in expected.paragraphsContain ?? [] {
      #expect(texts.contains { $0.contains(fragment) }, "absent : \(fragment)")
    }
    let everything = [release.title, release.subtitle ?? ""] + texts + release.quotes.map(\.text)
    for forbidden in expected.textMustNotContain ?? [] {
      #expect(!everything.contains { $0.contains(forbidden) }, "présent : \(forbidden)")
    }
  }

  private func checkQuotes(_ release: Release, _ expected: FixtureExpectation) {
    guard let quotes = expected.quotes else { return }
    #expect(release.quotes.count == quotes.count)
    for (actual, wanted) in zip(release.quotes, quotes) {
      #expect(actual.text.hasPrefix(wanted.startsWith), "citation : \(actual.text.prefix(60))")
      #expect(actual.speaker == wanted.speaker)
      if wanted.checksRole { #expect(actual.role == wanted.role) }
    }
  }

  private func checkOrganisations(_ release: Release, _ expected: FixtureExpectation) {
    for organisation in expected.organisations ?? [] {
      let found = release.organisations.first { candidate in
        ([candidate.name] + candidate.aliases).map(foldedName).contains(
          foldedName(organisation.name))
      }
      #expect(found != nil, "organisation manquante : \(organisation.name)")
      if let acronym = organisation.acronym, let found { #expect(found.acronym == acronym) }
    }
    for name in expected.notOrganisations ?? [] {
      let folded = foldedName(name)
      #expect(
        !release.organisations.contains {
          foldedName($0.name) == folded || foldedName($0.acronym ?? "") == folded
        }, "pas une organisation : \(name)")
    }
  }
}
