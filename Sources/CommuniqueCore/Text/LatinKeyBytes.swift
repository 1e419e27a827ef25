/// The look-up keys of names whose scalars are all in Latin-1 or are `’` (most names), written
/// on the bytes into a buffer on the stack instead of a new `String`: lower case as
/// `lowercased()` gives it (each such scalar maps to one, `’` to itself), and folded as
/// `ScalarText.fold` folds each scalar (`’` as `'`). A transform answers nil for a text it does
/// not read (another scalar, a text without contiguous bytes); the caller then asks the
/// `String` code.
enum LatinKeyBytes {
  /// Calls `body` with the bytes `transform` writes from the UTF-8 bytes of `text`, in a
  /// buffer of `growth` times their count; nil when `transform` answers nil.
  static func with<Result>(
    _ text: String, growth: Int = 1,
    _ transform: (UnsafeBufferPointer<UInt8>, UnsafeMutablePointer<UInt8>) -> Int?,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Result? in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count * growth)) {
        buffer in
        guard let base = buffer.baseAddress, let count = transform(bytes, base) else {
          return nil
        }
        return body(UnsafeBufferPointer(start: base, count: count))
      }
    }
    return found ?? nil
  }

  /// `text.lowercased()`, written to `output`: ASCII and Latin-1 letters lower-cased, `’`
  /// kept; nil at any other scalar.
  static func lowercased(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>
  ) -> Int? {
    mapped(bytes, from: 0, into: output, straightening: false)
  }

  /// Each scalar of `bytes` from `start` folded (`ScalarText.fold`), written to `output`:
  /// ASCII and Latin-1 letters lower-cased, `’` as `'`; nil at any other scalar.
  static func folded(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into output: UnsafeMutablePointer<UInt8>
  ) -> Int? {
    mapped(bytes, from: start, into: output, straightening: true)
  }

  /// The bytes from `start` lower-cased, `’` kept or (`straightening`) written `'`; nil at a
  /// scalar beyond Latin-1 other than `’`.
  @inline(__always)
  private static func mapped(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into output: UnsafeMutablePointer<UInt8>,
    straightening: Bool
  ) -> Int? {
    var index = start
    var count = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        output[count] = LatinLowercase.ascii(byte)
        count += 1
        index += 1
      } else if byte == 0xC2 || byte == 0xC3 {
        output[count] = byte
        output[count + 1] = LatinLowercase.latin1(lead: byte, bytes[index + 1])
        count += 2
        index += 2
      } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0x99
      {
        if straightening {
          output[count] = 0x27
          count += 1
        } else {
          output[count] = 0xE2
          output[count + 1] = 0x80
          output[count + 2] = 0x99
          count += 3
        }
        index += 3
      } else {
        return nil
      }
    }
    return count
  }
}
