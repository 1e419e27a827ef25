import CommuniqueCore
import GRDB

/// The words of the full-text index, folded by `TextFolding` as the index stores them, so that a
/// prefix can be expanded into the words it stands for: FTS5 merges every doclist of a
/// `prefix*` query before returning one row, while an OR of words is read lazily.
enum Vocabulary {
  /// A prefix standing for more words than this is left to FTS5 as `prefix*`.
  static let maximumExpansions = 64

  /// The table of words.
  static let table = "word"

  /// `token` as the index stores it (`TextFolding`), or nil when the folded form is not plain
  /// ASCII (left to FTS5's own prefix search, as `unicode61` may fold it further).
  static func fold(_ token: String) -> String? {
    let folded = TextFolding.fold(token)
    return folded.utf8.allSatisfy { $0 < 0x80 } ? folded : nil
  }

  /// The indexed words starting with `prefix` (folded), or nil when there are too many or the
  /// prefix cannot be folded.
  static func expansions(of prefix: String, in db: Database) throws -> [String]? {
    guard let folded = fold(prefix) else { return nil }
    let words = try String.fetchAll(
      db, sql: "SELECT term FROM \(table) WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
      arguments: [folded, folded + "\u{10FFFF}", maximumExpansions + 1])
    return words.count > maximumExpansions ? nil : words
  }

  /// Adds the words of `text` not in `known` to the table and to `known`.
  static func add(_ text: IndexedText, known: inout Set<String>, in db: Database) throws {
    var fresh: [(any DatabaseValueConvertible)?] = []
    for word in text.vocabulary where known.insert(word).inserted { fresh.append(word) }
    try wordInsert.execute(fresh, in: db)
  }

  /// The rows of the table of words.
  private static let wordInsert = RowsInsert("INSERT OR IGNORE INTO \(table)(term)", columns: 1)
}
