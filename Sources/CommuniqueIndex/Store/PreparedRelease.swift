import CommuniqueCore
import Foundation
import GRDB

/// A parsed release with everything the cache stores for it worked out beforehand (its record
/// with the JSON, its mentions' JSON, its indexed text), where batches are prepared in
/// parallel: writing it is then only SQL, on the one thread that writes.
struct PreparedRelease: Sendable {
  /// The release's row, without its rowid yet.
  var record: ReleaseRecord
  /// Its organisations and contacts, encoded (`MentionRecord.encoded`).
  var mentions: [(kind: MentionRecord.Kind, json: Data)]
  /// Its words for the full-text table.
  var text: IndexedText

  /// Everything the cache stores for `release`, its words' forms from `forms`.
  init(_ release: Release, forms: WordForms) {
    record = ReleaseRecord(release)
    mentions = MentionRecord.encoded(release)
    text = IndexedText(release, forms: forms)
  }

  /// Inserts the release, its mentions (`mentionIDs`: those stored before), its words and the
  /// vocabulary's new words (those not in `words`, added to it).
  func insert(
    into db: Database, words: inout Set<String>, mentionIDs: inout MentionIDs
  ) throws {
    let rowid = try record.insertRow(into: db)
    try MentionRecord.store(mentions, rowid: rowid, known: &mentionIDs, in: db)
    try text.write(rowid: rowid, delete: false, in: db)
    try Vocabulary.add(text, known: &words, in: db)
  }
}
