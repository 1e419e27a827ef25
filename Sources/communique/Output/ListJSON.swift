import CommuniqueCore
import Foundation

/// The JSON of `communique list --json`: an array of `{id, path, title, place?, read, flagged}`
/// in library order.
enum ListJSON {
  private struct Entry: Encodable {
    var id: String
    var path: String?
    var title: String
    var place: String?
    var read: Bool
    var flagged: Bool
  }

  /// The releases as pretty-printed JSON, with their marks and file paths.
  static func encode(
    _ summaries: [ReleaseSummary], marks: ReleaseMarks, paths: [String: String]
  ) throws -> String {
    let entries = summaries.map {
      Entry(
        id: $0.id, path: paths[$0.id], title: $0.title, place: $0.place,
        read: marks.read.contains($0.id), flagged: marks.flagged.contains($0.id))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(entries), as: UTF8.self)
  }
}
