/// Where a text holds one of two pairs of adjacent bytes, found eight bytes at a time: the exact
/// pre-test of scans whose every literal holds one of the pairs.
enum BytePairs {
  /// Whether `accept` takes the offset of some `first` followed by `second`, or of some
  /// `third` followed by `fourth`, in `bytes`; offsets are offered first to last.
  static func contains(
    _ first: UInt8, _ second: UInt8, or third: UInt8, _ fourth: UInt8,
    in bytes: UnsafeBufferPointer<UInt8>, where accept: (Int) -> Bool
  ) -> Bool {
    var index = 0
    // Seven steps per load: the pair that straddles two loads lies whole in the next one.
    while index + 8 <= bytes.count {
      let word = ByteWord.load(bytes, at: index)
      var pairs =
        ByteWord.equalBytes(first, in: word) & ByteWord.equalBytes(second, in: word) >> 8
        | ByteWord.equalBytes(third, in: word) & ByteWord.equalBytes(fourth, in: word) >> 8
      while pairs != 0 {
        if accept(index + pairs.trailingZeroBitCount >> 3) { return true }
        pairs &= pairs &- 1
      }
      index += 7
    }
    while index + 1 < bytes.count {
      if bytes[index] == first && bytes[index + 1] == second
        || bytes[index] == third && bytes[index + 1] == fourth
      {
        if accept(index) { return true }
      }
      index += 1
    }
    return false
  }
}
