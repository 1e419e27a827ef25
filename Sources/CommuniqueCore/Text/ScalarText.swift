/// A text as an array of Unicode scalars, with a case- and apostrophe-folded twin of the
/// same length, for fast whole-word searches whose results are scalar offsets (the unit of
/// `Span`).
struct ScalarText {
  /// The text itself.
  let text: String
  /// The scalars of the text.
  let scalars: [Unicode.Scalar]
  /// The same scalars lower-cased one for one, `’` folded to `'`.
  let folded: [Unicode.Scalar]

  init(_ text: String) {
    self.text = text
    (scalars, folded) = Self.decode(text)
  }

  /// `Array(text.unicodeScalars)` and its folded twin (`map(fold)`), decoded from the UTF-8
  /// bytes in one pass into arrays made at the bytes' count (an upper bound of the scalars').
  static func decode(_ text: String) -> (scalars: [Unicode.Scalar], folded: [Unicode.Scalar]) {
    var text = text
    return text.withUTF8 { bytes in
      guard !bytes.isEmpty else { return ([], []) }
      var folded: [Unicode.Scalar] = []
      let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) {
        scalarBuffer, written in
        folded = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) {
          foldedBuffer, foldedCount in
          foldedCount = ScalarDecoding.decode(
            bytes, into: scalarBuffer.baseAddress.unsafelyUnwrapped,
            folded: foldedBuffer.baseAddress.unsafelyUnwrapped)
        }
        written = folded.count
      }
      return (scalars, folded)
    }
  }

  /// The scalars of `text` folded when `folding` (`ScalarText(text).folded`), or as they are
  /// (`.scalars`): the one array a search needle needs.
  static func scalars(of text: String, folding: Bool) -> [Unicode.Scalar] {
    var text = text
    let count = text.withUTF8(scalarCount)
    guard count > 0 else { return [] }
    return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, written in
      written = decodeScalars(of: text, folding: folding, into: buffer.baseAddress!)
    }
  }

  /// Writes the scalars of `text`, folded when `folding`, from `output` (room for the text's
  /// scalars; as many as its UTF-8 bytes is always enough), and returns how many it wrote.
  static func decodeScalars(
    of text: String, folding: Bool, into output: UnsafeMutablePointer<Unicode.Scalar>
  ) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var offset = 0
      var index = 0
      while offset < bytes.count {
        let (value, length) = UTF8Scalar.decode(bytes, at: offset)
        let scalar = Unicode.Scalar(value).unsafelyUnwrapped
        output[index] = folding ? fold(scalar) : scalar
        offset += length
        index += 1
      }
      return index
    }
  }

  /// How many scalars valid UTF-8 `bytes` hold: the bytes that are no continuation byte
  /// (`10xxxxxx`), counted eight at a time.
  private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = ByteWord.load(bytes, at: offset)
      // Bit 7 of each byte set and bit 6 clear: a continuation byte.
      let continuations = word & ~(word << 1) & ByteWord.highs
      count += 8 - continuations.nonzeroBitCount
      offset += 8
    }
    while offset < bytes.count {
      if bytes[offset] & 0xC0 != 0x80 { count += 1 }
      offset += 1
    }
    return count
  }

  /// The folded form of one scalar (itself when folding would change the length).
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    Unicode.Scalar(ScalarDecoding.fold(scalar.value)).unsafelyUnwrapped
  }

  func isBoundary(before index: Int) -> Bool {
    index == 0 || !Self.isWordScalar(scalars[index - 1])
  }

  func isBoundary(after index: Int) -> Bool {
    index >= scalars.count || !Self.isWordScalar(scalars[index])
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return (97...122).contains(value) || (48...57).contains(scalar.value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
