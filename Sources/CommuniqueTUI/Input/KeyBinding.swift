/// Keys bound to an action, with how the help screen names them and what it says they do.
public struct KeyBinding: Equatable, Sendable {
  /// The keys.
  public var keys: [Key]
  /// How the help names the keys (`j ↓`).
  public var label: String
  /// The action.
  public var action: Action
  /// What the help says, in French.
  public var help: String

  /// Creates a binding.
  public init(_ keys: [Key], label: String, action: Action, help: String) {
    self.keys = keys
    self.label = label
    self.action = action
    self.help = help
  }
}
