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
    scalars = Self.scalars(of: text)
    folded = Self.folded(scalars)
  }

  /// `Array(text.unicodeScalars)`, decoded from the UTF-8 bytes into an array made at its size.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialised in
        var offset = 0
        var index = 0
        while offset < bytes.count {
          let (value, length) = UTF8Scalar.decode(bytes, at: offset)
          buffer[index] = Unicode.Scalar(value).unsafelyUnwrapped
          offset += length
          index += 1
        }
        initialised = index
      }
    }
  }

  /// `scalars.map(fold)`, with ASCII folded in place.
  static func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    scalars.withUnsafeBufferPointer { scalars in
      [Unicode.Scalar](unsafeUninitializedCapacity: scalars.count) { buffer, initialised in
        for index in scalars.indices {
          let scalar = scalars[index]
          let value = scalar.value
          if value < 0x80 {
            buffer[index] =
              value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value) | 0x20) : scalar
          } else {
            buffer[index] = fold(scalar)
          }
        }
        initialised = scalars.count
      }
    }
  }

  /// The folded form of one scalar (itself when folding would change the length).
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.isASCII {
      return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
    if scalar == "’" { return "'" }
    switch scalar.value {
    case 0xD7: return scalar
    case 0xC0...0xDE: return Unicode.Scalar(scalar.value + 0x20)!
    case 0xDF...0xFF: return scalar
    default: break
    }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first! : scalar
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
