import CommuniqueCore

/// A file of a first batch read while the folder's boilerplate was learnt from it: its size
/// and date (taken before reading it), its content hash and its text, so that its batch does
/// not read, hash and decode it a second time.
struct ReadAhead: Sendable {
  /// The file's size and date.
  var stat: FileStat
  /// `ContentHash.hex` of its bytes.
  var hash: String
  /// Its text.
  var decoded: DecodedText
}
