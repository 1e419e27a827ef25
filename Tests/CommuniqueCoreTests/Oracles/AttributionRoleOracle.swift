@testable import CommuniqueCore

/// `Attribution.roleAfterName` as it read every clause on `Character`s, before plain Latin
/// clauses were read on their bytes: its oracle.
enum AttributionRoleOracle {
  /// The role in `, coordinateur du centre …,` right after the last mention of `name`.
  static func roleAfterName(_ name: String, in clause: String) -> String? {
    let surname = name.split(separator: " ").last.map(String.init) ?? name
    guard let range = clause.range(ofText: surname, backwards: true) else { return nil }
    let rest = clause[range.upperBound...]
    guard rest.hasPrefix(", ") else { return nil }
    let body = rest.dropFirst(2)
    let endsRole = { (character: Character) in
      character == "," || character == "." || character == "«" || character == ":"
    }
    var start = body.startIndex
    while start < body.endIndex, body[start] == " " { start = body.index(after: start) }
    var end = start
    while end < body.endIndex, body[end] != " ", !endsRole(body[end]) {
      end = body.index(after: end)
    }
    guard start < end, PersonWords.roles.contains(body[start..<end].lowercased()) else {
      return nil
    }
    return body.prefix { !endsRole($0) }.trimmingWhiteSpace()
  }
}
