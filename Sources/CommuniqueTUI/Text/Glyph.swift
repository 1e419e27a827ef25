/// A grapheme ready for layout: what it shows, how wide it is and how it is drawn.
public struct Glyph: Equatable, Sendable {
  /// The grapheme, already sanitised.
  public var character: Character
  /// Its display width in columns.
  public var width: Int
  /// Its style before search matches are drawn over it.
  public var style: CellStyle

  /// Creates a glyph.
  public init(character: Character, width: Int, style: CellStyle) {
    self.character = character
    self.width = width
    self.style = style
  }

  /// Whether a line may break here.
  public var isSpace: Bool { character == " " }

  /// Glyphs for untrusted text: sanitised, zero-width graphemes dropped, each styled by the
  /// scalar offset (as `Span` counts) of its first scalar.
  public static func make(
    _ text: String, style: (_ scalarOffset: Int) -> CellStyle = { _ in .plain }
  ) -> [Glyph] {
    var glyphs: [Glyph] = []
    var offset = 0
    for character in ControlPlaceholders.clean(text) {
      let width = DisplayWidth.of(character)
      if width > 0 {
        glyphs.append(Glyph(character: character, width: width, style: style(offset)))
      }
      offset += character.unicodeScalars.count
    }
    return glyphs
  }

  /// Glyphs for untrusted text in one style.
  public static func make(_ text: String, style: CellStyle) -> [Glyph] {
    make(text) { _ in style }
  }
}
