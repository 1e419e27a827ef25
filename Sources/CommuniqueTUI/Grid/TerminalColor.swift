/// A foreground colour as the configuration names it: one of the eight terminal colours, its
/// bright variant, a number of the 256-colour palette, or the terminal's own (`default`).
public enum TerminalColor: Equatable, Hashable, Sendable {
  /// The terminal's own foreground.
  case standard
  /// A palette entry: 0–7 the named colours, 8–15 their bright variants, up to 255.
  case palette(Int)

  /// The eight colour names, in palette order.
  public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// The colour a configuration value names (`cyan`, `bright-red`, `default`), if any.
  public init?(name: String) {
    let lowered = name.lowercased()
    if lowered == "default" {
      self = .standard
    } else if let index = Self.names.firstIndex(of: lowered) {
      self = .palette(index)
    } else if lowered.hasPrefix("bright-"),
      let index = Self.names.firstIndex(of: String(lowered.dropFirst("bright-".count)))
    {
      self = .palette(index + 8)
    } else {
      return nil
    }
  }

  /// The colour of a palette number, if it is one (0–255).
  public init?(number: Int) {
    guard (0...255).contains(number) else { return nil }
    self = .palette(number)
  }

  /// How the configuration writes it: a name, or nil for a number past the named ones.
  public var name: String? {
    switch self {
    case .standard: "default"
    case .palette(let index) where index < 8: Self.names[index]
    case .palette(let index) where index < 16: "bright-" + Self.names[index - 8]
    case .palette: nil
    }
  }
}
