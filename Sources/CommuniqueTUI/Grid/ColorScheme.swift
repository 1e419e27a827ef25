/// The colour of each role, as the terminal draws it when colours are on (`NO_COLOR` turns
/// them all off whatever the scheme says).
public struct ColorScheme: Equatable, Sendable {
  /// The colours set; a role absent or `.standard` is drawn in the terminal's own colour.
  public var colors: [ColorRole: TerminalColor]

  /// Creates a scheme.
  public init(colors: [ColorRole: TerminalColor]) {
    self.colors = colors
  }

  /// The roles the configuration file may colour, in the order `communique config` lists them,
  /// with their names there.
  public static let configurable: [(role: ColorRole, name: String)] = [
    (.selection, "selection"), (.quote, "quote"), (.speaker, "speaker"),
    (.organisation, "organisation"), (.person, "person"), (.contact, "contact"),
    (.status, "status"),
  ]

  /// The reader's colours when nothing is configured.
  public static let standard = ColorScheme(colors: [
    .quote: .palette(6), .secondary: .palette(3), .match: .palette(3), .border: .palette(4),
    .heading: .palette(2), .speaker: .palette(3),
  ])

  /// The foreground palette number of a role, or nil for the terminal's own colour.
  public func foreground(for role: ColorRole) -> Int? {
    guard case .palette(let index) = colors[role] else { return nil }
    return index
  }

  /// The colour of a role, `.standard` when none is set (setting `.standard` removes it).
  public subscript(role: ColorRole) -> TerminalColor {
    get { colors[role] ?? .standard }
    set { colors[role] = newValue == .standard ? nil : newValue }
  }
}
