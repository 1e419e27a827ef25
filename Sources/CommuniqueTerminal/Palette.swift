import CNcursesw
import CommuniqueTUI

/// Turns a cell style into curses attributes and a colour pair, from the colour scheme; no
/// colours under `NO_COLOR`.
struct Palette {
  /// Whether colour pairs are used.
  let usesColor: Bool
  /// The roles that have a colour pair.
  private let paired: Set<ColorRole>

  /// Starts colours when wanted and available, with the terminal's default background; a
  /// palette number the terminal does not have is drawn in its own colour.
  init(wantsColor: Bool, scheme: ColorScheme) {
    guard wantsColor, has_colors() else {
      usesColor = false
      paired = []
      return
    }
    start_color()
    use_default_colors()
    var paired: Set<ColorRole> = []
    for role in ColorRole.allCases {
      if let color = scheme.foreground(for: role), color < Int(cn_colors()) {
        init_pair(Int16(role.rawValue), Int16(color), -1)
        paired.insert(role)
      }
    }
    self.paired = paired
    usesColor = true
  }

  /// The attributes (colour pair included) for a style.
  func attributes(for style: CellStyle) -> (attr_t, Int16) {
    var attributes = cn_a_normal()
    if style.bold { attributes |= cn_a_bold() }
    if style.underline { attributes |= cn_a_underline() }
    if style.reverse { attributes |= cn_a_reverse() }
    guard usesColor, paired.contains(style.role) else { return (attributes, 0) }
    return (attributes, Int16(style.role.rawValue))
  }
}
