import Foundation

/// The ids of the mentions already stored (by kind and JSON), kept by the one thread that
/// writes during a refresh: releases name the same organisations and contacts again and again,
/// and each look-up in the `mention` table was a statement of its own. Holds at most
/// `capacity` mentions; the others are looked up in the table.
struct MentionIDs {
  /// The most mentions held.
  static let capacity = 10_000

  private struct Key: Hashable {
    var kind: MentionRecord.Kind
    var json: Data
  }

  private var ids: [Key: Int64] = [:]

  /// The id of the mention: remembered, or else given by `lookUp` (and then remembered).
  mutating func id(
    of kind: MentionRecord.Kind, json: Data, lookUp: () throws -> Int64
  ) rethrows -> Int64 {
    let key = Key(kind: kind, json: json)
    if let id = ids[key] { return id }
    let id = try lookUp()
    if ids.count < Self.capacity { ids[key] = id }
    return id
  }
}
