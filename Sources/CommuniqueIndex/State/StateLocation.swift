import Foundation

/// Where the user's own state lives: `$XDG_STATE_HOME/communique/` (default
/// `~/.local/state/communique/`), apart from the cache so that deleting or rebuilding the cache
/// never loses it.
public enum StateLocation {
  /// The state folder for the given environment.
  public static func folder(environment: [String: String]) -> String {
    let base =
      environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString)
      .appendingPathComponent(".local/state")
    return (base as NSString).appendingPathComponent("communique")
  }

  /// The marks database inside `stateFolder`: one for every library, since a release's id is
  /// a hash of its content.
  public static func marksDatabase(in stateFolder: String) -> String {
    (stateFolder as NSString).appendingPathComponent("marks.sqlite")
  }
}
