/// The words that may be acronyms: two to ten capitals, digits or `&` opened by a capital
/// (`OIM`, `G5`, `R&D`), with no letter or digit on either side; read on the UTF-8 bytes, not
/// by a regular expression (it ran at every position of every paragraph).
enum AcronymToken {
  /// The longest token, in scalars.
  private static let maximumLength = 10

  /// The ranges of the tokens of `text`, first to last.
  static func ranges(in text: ScalarText) -> [Range<String.Index>] {
    let string = text.text
    let offsets =
      string.utf8.withContiguousStorageIfAvailable(tokens)
      ?? Array(string.utf8).withUnsafeBufferPointer(tokens)
    return offsets.map(string.range(ofUTF8:))
  }

  /// The tokens of `bytes` (valid UTF-8) as byte ranges: a scalar at a time, ASCII read
  /// without decoding, each scalar classed once unless a token is tried from it.
  private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    latin.withUnsafeBufferPointer { table in
      var found: [Range<Int>] = []
      var offset = 0
      var afterLetterOrDigit = false
      while offset < bytes.count {
        if offset &+ 8 <= bytes.count, let base = bytes.baseAddress {
          // Skips the bytes before the first capital or byte beyond ASCII of the next eight.
          let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
          let plain = capitalsAndBeyond(UInt64(littleEndian: word)).trailingZeroBitCount >> 3
          if plain > 0 {
            afterLetterOrDigit = table[Int(bytes[offset &+ plain &- 1])] & letterOrDigit != 0
            offset &+= plain
            continue
          }
        }
        let (value, length) = UTF8Scalar.decode(bytes, at: offset)
        let classes = Self.classes(value, table)
        if classes & uppercase != 0, !afterLetterOrDigit,
          let end = tokenEnd(bytes, from: offset, length: length, table)
        {
          found.append(offset..<end)
          // The token's last scalar is a capital or a digit, or `&`.
          afterLetterOrDigit = bytes[end - 1] != UInt8(ascii: "&")
          offset = end
          continue
        }
        afterLetterOrDigit = classes & letterOrDigit != 0
        offset += length
      }
      return found
    }
  }

  /// Bit 7 of each of eight bytes (the first in the low byte) that is a capital `A`…`Z` or
  /// beyond ASCII: the bytes before the first such one are ASCII scalars that open no token.
  @inline(__always)
  private static func capitalsAndBeyond(_ word: UInt64) -> UInt64 {
    let low = word & 0x7F7F_7F7F_7F7F_7F7F
    // Bit 7 of each byte: from `A` on, and from `[` on; no carry crosses a byte.
    let fromA = low &+ 0x3F3F_3F3F_3F3F_3F3F
    let pastZ = low &+ 0x2525_2525_2525_2525
    return (word | fromA & ~pastZ) & 0x8080_8080_8080_8080
  }

  /// The end of the token opened by the capital at `start` (`length` bytes long), or nil
  /// when none is: the run of capitals, digits and `&` (ten scalars at most), given back a
  /// scalar at a time while a letter or a digit follows it (the pattern's backtracking).
  private static func tokenEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int,
    _ table: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    var end = start + length
    var count = 1
    var following: UInt8 = 0
    while end < bytes.count {
      let (value, length) = UTF8Scalar.decode(bytes, at: end)
      following = classes(value, table)
      guard count < maximumLength,
        following & uppercase != 0 || (0x30...0x39).contains(value) || value == 0x26
      else { break }
      end += length
      count += 1
      following = 0
    }
    // `following` holds the classes of the scalar after the run, if any.
    var followedByLetterOrDigit = end < bytes.count && following & letterOrDigit != 0
    while count > 1, end < bytes.count, followedByLetterOrDigit {
      end -= 1
      while bytes[end] & 0xC0 == 0x80 { end -= 1 }
      count -= 1
      // A scalar of the run: a capital or a digit, or `&`.
      followedByLetterOrDigit = bytes[end] != UInt8(ascii: "&")
    }
    guard count > 1, end == bytes.count || !followedByLetterOrDigit else { return nil }
    return end
  }

  /// `uppercase` for an upper-case letter, `letterOrDigit` for any letter or digit, for each
  /// Latin-1 scalar (worked out once from the general categories).
  private static let latin: [UInt8] = (0..<0x100).map { value in
    categoryClasses(Unicode.Scalar(UInt8(value)))
  }
  private static let uppercase: UInt8 = 1
  private static let letterOrDigit: UInt8 = 2

  /// The classes of the scalar `value`, read in `table` (`latin`) when it can be.
  @inline(__always)
  private static func classes(_ value: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
    value < 0x100
      ? table[Int(value)] : categoryClasses(Unicode.Scalar(value).unsafelyUnwrapped)
  }

  /// The classes of the scalar, by its general category.
  private static func categoryClasses(_ scalar: Unicode.Scalar) -> UInt8 {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter: return uppercase | letterOrDigit
    case .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
      .letterNumber, .otherNumber:
      return letterOrDigit
    default: return 0
    }
  }
}
