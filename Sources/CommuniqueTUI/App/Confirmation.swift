/// A question the status line asks before an action that changes many releases at once;
/// `o` (or `y`) says yes, any other key no.
public enum Confirmation: Equatable, Sendable {
  /// Mark these releases read.
  case markAllRead(ids: [String])

  /// The question, in French.
  public var question: String {
    switch self {
    case .markAllRead(let ids):
      let count = ids.count == 1 ? "le communiqué non lu" : "les \(ids.count) communiqués non lus"
      return "Marquer comme lu\(ids.count == 1 ? "" : "s") \(count) de la liste\u{A0}? (o/n)"
    }
  }
}
