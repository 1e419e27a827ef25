import CommuniqueTUI
import Testing

@Test(arguments: [
  ("a", 1), ("é", 1), ("e\u{301}", 1), ("漢", 2), ("🌍", 2), ("❤️", 2), ("🇫🇷", 2), ("Ａ", 2),
  ("한", 2), ("\u{200B}", 0), ("\u{301}", 0), ("«", 1), ("\u{A0}", 1),
])
func displayWidthFollowsWcwidth(text: String, columns: Int) {
  #expect(DisplayWidth.of(Character(text)) == columns)
}

@Test func wrappingBreaksAtSpacesWithinTheWidth() {
  let glyphs = Glyph.make("Les participants comprennent des représentants", style: .plain)
  let lines = TextWrapper.wrap(glyphs, width: 16).map { range in
    String(glyphs[range].map(\.character))
  }
  #expect(lines == ["Les participants", "comprennent des", "représentants"])
}

@Test func wrappingCutsLongWordsBetweenGraphemesNeverInsideOne() {
  let glyphs = Glyph.make("e\u{301}te\u{301}漢字漢字", style: .plain)
  let lines = TextWrapper.wrap(glyphs, width: 3)
  for range in lines {
    #expect(glyphs[range].reduce(0) { $0 + $1.width } <= 3)
  }
  #expect(String(glyphs[lines[0]].map(\.character)) == "e\u{301}te\u{301}")
  #expect(lines.count == 5)
}

@Test func nonBreakingSpacesKeepGuillemetsWithTheirWords() {
  let glyphs = Glyph.make("dit «\u{A0}bonjour\u{A0}» ici", style: .plain)
  let lines = TextWrapper.wrap(glyphs, width: 14).map { String(glyphs[$0].map(\.character)) }
  #expect(lines == ["dit", "«\u{A0}bonjour\u{A0}»", "ici"])
}

@Test(arguments: [
  ("Un séminaire pour débattre", 12, "Un séminair…"),
  ("court", 10, "court"),
  ("漢字漢字漢字", 5, "漢字…"),
  ("abc", 0, ""),
])
func truncationCountsColumns(text: String, width: Int, expected: String) {
  let cut = TextWrapper.truncate(text, width: width)
  #expect(cut == expected)
  #expect(DisplayWidth.of(cut) <= max(0, width))
}
