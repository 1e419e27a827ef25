import CommuniqueCore
import Foundation

/// The JSON form of releases: stable field names, sorted keys, UTF-8 unescaped.
enum ReleaseJSON {
  /// One release or several.
  enum Payload: Encodable {
    case one(Release)
    case many([Release])

    func encode(to encoder: Encoder) throws {
      switch self {
      case .one(let release): try release.encode(to: encoder)
      case .many(let releases): try releases.encode(to: encoder)
      }
    }
  }

  /// Pretty-printed JSON text of `payload`.
  static func encode(_ payload: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(payload), as: UTF8.self)
  }
}
