/// Why a tmux session could not start.
public enum TmuxError: Error, CustomStringConvertible {
  /// tmux is not on `PATH`.
  case notInstalled
  /// A tmux command failed with this status.
  case failed(String, Int32)

  /// The reason in French.
  public var description: String {
    switch self {
    case .notInstalled: "tmux est introuvable"
    case .failed(let command, let status): "tmux \(command) a échoué (\(status))"
    }
  }
}
