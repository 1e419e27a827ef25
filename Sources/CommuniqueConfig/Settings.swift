import CommuniqueTUI

/// What the configuration file sets, every entry with its default when the file does not set
/// it (or sets it wrongly).
public struct Settings: Equatable, Sendable {
  /// Where `y` and `Y` copy to (`clipboard`).
  public var clipboard: ClipboardPreference
  /// The reader's keys (`[keys]`).
  public var keyMap: KeyMap
  /// The colour of each role (`[colors]`); `NO_COLOR` still turns colours off.
  public var colors: ColorScheme
  /// The widest the reading pane's text may be, in columns; 0 for the pane's width (`measure`).
  public var measure: Int
  /// The library folder when neither `DIR`, `--library` nor `COMMUNIQUE_LIBRARY` gives one
  /// (`library`).
  public var library: String

  /// Creates settings.
  public init(
    clipboard: ClipboardPreference, keyMap: KeyMap, colors: ColorScheme, measure: Int,
    library: String
  ) {
    self.clipboard = clipboard
    self.keyMap = keyMap
    self.colors = colors
    self.measure = measure
    self.library = library
  }

  /// Every entry at its default.
  public static let standard = Settings(
    clipboard: .auto, keyMap: .standard, colors: .standard, measure: Model.measure,
    library: "Content")

  /// The smallest and largest `measure` other than 0.
  public static let measureRange = 20...1000
}
