/// `ScalarText`'s decoder: UTF-8 bytes to scalars and their folded twins, eight ASCII bytes
/// at a time, and the fold of one scalar value without asking Unicode properties for the
/// scalars a French text is made of.
enum ScalarDecoding {
  /// Writes the scalars of valid UTF-8 `bytes` (not empty) to `scalars` and their folded
  /// forms (`ScalarText.fold`) to `folded`, each with room for `bytes.count`; returns how many
  /// scalars there are.
  ///
  /// Eight bytes at a time, all eight are widened and stored, and the run of ASCII bytes they
  /// open is kept (there are no more scalars to come than bytes, so the stores beyond stay
  /// within the room, and the next stores write over them).
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutablePointer<Unicode.Scalar>,
    folded: UnsafeMutablePointer<Unicode.Scalar>
  ) -> Int {
    let count = bytes.count
    var offset = 0
    var index = 0
    while offset < count {
      if offset + 8 <= count {
        let word = ByteWord.load(bytes, at: offset)
        // Bit 7 of each byte from `A` (0x41) on and not from `[` (0x5B) on: a capital. A
        // carry out of a byte beyond ASCII only reaches the bytes after it, which are not kept.
        let capitals =
          (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525)
          & ByteWord.highs
        store(word, at: scalars + index)
        store(word | capitals >> 2, at: folded + index)
        let high = word & ByteWord.highs
        // The ASCII bytes before the first that is not (the lowest bytes come first).
        let ascii = high == 0 ? 8 : high.trailingZeroBitCount >> 3
        offset += ascii
        index += ascii
        if ascii == 8 { continue }
      }
      let (value, length) = UTF8Scalar.decode(bytes, at: offset)
      scalars[index] = Unicode.Scalar(value).unsafelyUnwrapped
      folded[index] = Unicode.Scalar(fold(value)).unsafelyUnwrapped
      offset += length
      index += 1
    }
    return index
  }

  /// Stores the eight bytes of `word` (lowest first) as eight scalars from `target`.
  @inline(__always)
  private static func store(_ word: UInt64, at target: UnsafeMutablePointer<Unicode.Scalar>) {
    let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
    UnsafeMutableRawPointer(target).storeBytes(of: wide, as: SIMD8<UInt32>.self)
  }

  /// The folded form of the scalar `value` (`ScalarText.fold`): lower-cased when that gives
  /// one scalar, `’` as `'`.
  @inline(__always)
  static func fold(_ value: UInt32) -> UInt32 {
    if value < 0x80 { return value &- 0x41 < 26 ? value | 0x20 : value }
    if value < 0x100 { return value &- 0xC0 < 0x1F && value != 0xD7 ? value + 0x20 : value }
    if value == 0x2019 { return 0x27 }
    // General punctuation (dashes, quotes, spaces, `…`) has no case.
    if value &- 0x2000 < 0x70 { return value }
    if value < extendedLimit { return extendedFolds[Int(value) - 0x100] }
    return lowercased(value)
  }

  /// The end of the Latin Extended-A and -B scalars, whose folds come from `extendedFolds`.
  private static let extendedLimit: UInt32 = 0x250

  /// The folds of U+0100 to `extendedLimit`, asked of Unicode once.
  private static let extendedFolds: [UInt32] = (0x100..<extendedLimit).map(lowercased)

  /// The scalar's lower-case mapping when it is one scalar, the scalar itself otherwise.
  private static func lowercased(_ value: UInt32) -> UInt32 {
    guard let scalar = Unicode.Scalar(value) else { return value }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first.unsafelyUnwrapped.value : value
  }
}
