import CNcursesw
import CommuniqueTUI

/// Turns a cell style into curses attributes and a colour pair; no colours under `NO_COLOR`.
struct Palette {
  /// Whether colour pairs are used.
  let usesColor: Bool

  /// Starts colours when wanted and available, with the terminal's default background.
  init(wantsColor: Bool) {
    guard wantsColor, has_colors() else {
      usesColor = false
      return
    }
    start_color()
    use_default_colors()
    for role in ColorRole.allCases {
      if let color = Self.foreground(for: role) {
        init_pair(Int16(role.rawValue), color, -1)
      }
    }
    usesColor = true
  }

  /// The attributes (colour pair included) for a style.
  func attributes(for style: CellStyle) -> (attr_t, Int16) {
    var attributes = cn_a_normal()
    if style.bold { attributes |= cn_a_bold() }
    if style.underline { attributes |= cn_a_underline() }
    if style.reverse { attributes |= cn_a_reverse() }
    guard usesColor, Self.foreground(for: style.role) != nil else { return (attributes, 0) }
    return (attributes, Int16(style.role.rawValue))
  }

  private static func foreground(for role: ColorRole) -> Int16? {
    switch role {
    case .normal, .title, .selection: nil
    case .quote: Int16(COLOR_CYAN)
    case .secondary, .match: Int16(COLOR_YELLOW)
    case .border: Int16(COLOR_BLUE)
    case .heading: Int16(COLOR_GREEN)
    }
  }
}
