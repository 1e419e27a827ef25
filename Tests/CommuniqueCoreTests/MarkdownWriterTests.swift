import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

@Test func markdownHasTitleDatelineQuotesAndLists() {
  let text = MarkdownWriter.text(of: SampleReleases.seminar)
  let blocks = text.components(separatedBy: "\n\n")
  #expect(blocks.first == "# " + SampleReleases.seminar.fullTitle)
  #expect(blocks.dropFirst().first?.hasPrefix("*TRIPOLI") == true)
  #expect(blocks.contains { $0.hasPrefix("> ") && $0.contains("\n>\n> — Carmela Godeau, Direc") })
  #expect(blocks.contains("## Partenaires"))
  #expect(blocks.contains("## Contacts"))
  #expect(text.hasSuffix("\n"))
}

@Test func markdownEscapesWhatWouldBeMarkup() {
  #expect(MarkdownWriter.escaped("a*b_c [d] <e> #f") == "a\\*b\\_c \\[d\\] \\<e\\> \\#f")
  #expect(MarkdownWriter.escaped("- puce") == "\\- puce")
  #expect(MarkdownWriter.escaped("12. liste") == "12\\. liste")
  #expect(MarkdownWriter.escaped("OIM. Fin") == "OIM. Fin")
}
