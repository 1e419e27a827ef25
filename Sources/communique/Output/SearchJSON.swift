import CommuniqueCore
import Foundation

/// The JSON of `communique search --json`: `{query, total, totalIsCapped, results: [{id, path,
/// title, snippet, score}]}`.
enum SearchJSON {
  private struct Document: Encodable {
    var query: String
    var total: Int
    var totalIsCapped: Bool
    var results: [Result]
  }

  private struct Result: Encodable {
    var id: String
    var path: String
    var title: String
    var snippet: String
    var score: Double
  }

  /// The results as pretty-printed JSON.
  static func encode(_ results: SearchResults) throws -> String {
    let document = Document(
      query: results.query, total: results.total, totalIsCapped: results.isTotalCapped,
      results: results.hits.map {
        Result(
          id: $0.releaseID, path: $0.path, title: $0.title, snippet: $0.snippet, score: $0.score)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self)
  }
}
