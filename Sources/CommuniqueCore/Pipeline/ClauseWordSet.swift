/// A set of words that `AcronymPairing` looks a clause's words up in, on their UTF-8 bytes:
/// as written or in lower case (what `Set<String>.contains(LatinLowercase.of(word))` said).
///
/// The words are NFC and hold no scalar from U+2000 to U+20BF but `’` (the oracle test checks
/// it). A key made of Latin-1 scalars and scalars from U+2000 to U+20BF (which have no case)
/// is NFC too but for U+2000 and U+2001 (whose NFC forms no word holds), so it equals a word
/// canonically when it equals it byte for byte: it is lower-cased on its bytes and looked up
/// in a `ByteWordSet`. Other keys are looked up as `String`s.
struct ClauseWordSet: Sendable {
  /// The words as strings, for the other keys.
  let strings: Set<String>
  private let bytes: ByteWordSet
  /// The most bytes a word has.
  private let longest: Int

  init(_ words: Set<String>) {
    strings = words
    bytes = ByteWordSet(Array(words))
    longest = words.map(\.utf8.count).max() ?? 0
  }

  /// Whether the bytes `range` of `text`, as written, are one of the words.
  func contains(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = text[index]
      if byte < 0x80 || byte == 0xC2 || byte == 0xC3 {
        index += 1
      } else if byte == 0xE2, (0x80...0x82).contains(text[index + 1]) {
        index += 3
      } else if byte & 0xC0 == 0x80 {
        index += 1
      } else {
        return strings.contains(String(decoding: text[range], as: UTF8.self))
      }
    }
    return range.count <= longest && bytes.contains(text, range)
  }

  /// Whether the bytes `range` of `text`, lower-cased, are one of the words.
  func contains(lowerCaseOf text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= Self.scratchSize else {
      return strings.contains(LatinLowercase.of(String(decoding: text[range], as: UTF8.self)))
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.scratchSize) { scratch in
      var count = 0
      var index = range.lowerBound
      while index < range.upperBound {
        let byte = text[index]
        switch byte {
        case 0x00..<0x80:
          scratch[count] = LatinLowercase.ascii(byte)
          index += 1
          count += 1
        case 0xC2, 0xC3:
          scratch[count] = byte
          scratch[count + 1] = LatinLowercase.latin1(lead: byte, text[index + 1])
          index += 2
          count += 2
        case 0xE2 where (0x80...0x82).contains(text[index + 1]):
          scratch[count] = byte
          scratch[count + 1] = text[index + 1]
          scratch[count + 2] = text[index + 2]
          index += 3
          count += 3
        default:
          return strings.contains(
            LatinLowercase.of(String(decoding: text[range], as: UTF8.self)))
        }
      }
      return count <= longest && bytes.contains(UnsafeBufferPointer(scratch), 0..<count)
    }
  }

  /// The most bytes a key lower-cased on its bytes has.
  private static let scratchSize = 64
}
