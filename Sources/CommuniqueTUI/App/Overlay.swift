/// A window drawn over the panes.
public enum Overlay: Equatable, Sendable {
  /// The key help, built from the `KeyMap`.
  case help
}
