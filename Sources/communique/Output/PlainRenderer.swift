import CommuniqueCore
import CommuniqueTUI

/// Renders a release as plain text for `communique show`: the reader's own document (title,
/// dateline, reflowed paragraphs, quote speakers) wrapped to a width, quotes marked with bold
/// and colour on a terminal, then partners, people and contacts.
struct PlainRenderer {
  /// Columns to wrap at.
  let width: Int
  /// Whether ANSI styling may be used.
  let styled: Bool

  /// The whole text, ending with a newline.
  func render(_ release: Release) -> String {
    let document = ReadingDocument(release: release)
    var lines = document.lines(width: width).map { line in
      text(of: Array(document.blocks[line.block][line.glyphs]))
    }
    section("Partenaires", release.organisations.map(PartnerLine.text), into: &lines)
    section(
      "Personnes", release.people.map { $0.name + ($0.role.map { " — \($0)" } ?? "") },
      into: &lines)
    section("Contacts", release.contacts.map(\.line), into: &lines)
    return lines.joined(separator: "\n") + "\n"
  }

  /// A heading, then each item wrapped with a two-column hanging indent.
  private func section(_ title: String, _ items: [String], into lines: inout [String]) {
    guard !items.isEmpty else { return }
    lines += ["", text(of: Glyph.make(title, style: .heading))]
    for item in items {
      let glyphs = Glyph.make(item, style: .plain)
      for range in TextWrapper.wrap(glyphs, width: max(width - 4, 1)) {
        lines.append((range.lowerBound == 0 ? "  " : "    ") + text(of: Array(glyphs[range])))
      }
    }
  }

  /// The glyphs of one line, with ANSI escapes where the style changes.
  private func text(of glyphs: [Glyph]) -> String {
    var result = ""
    var current = CellStyle.plain
    for glyph in glyphs {
      if styled && glyph.style != current {
        result += sequence(for: glyph.style)
        current = glyph.style
      }
      result.append(glyph.character)
    }
    if styled && current != .plain { result += "\u{1B}[0m" }
    return result
  }

  private func sequence(for style: CellStyle) -> String {
    var codes = ["0"]
    if style.bold { codes.append("1") }
    if style.underline { codes.append("4") }
    if style.reverse { codes.append("7") }
    if style.role == .quote { codes.append("33") }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
