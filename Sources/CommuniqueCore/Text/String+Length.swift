extension String {
  /// Whether the string has more than `limit` characters; counts no further than that (on the
  /// bytes while the characters are plain Latin, each then a scalar of its own).
  func isLonger(than limit: Int) -> Bool {
    guard utf8.count > limit else { return false }
    if let longer = plainLatinIsLonger(than: limit) { return longer }
    return index(startIndex, offsetBy: limit, limitedBy: endIndex).map { $0 < endIndex } ?? false
  }

  /// `isLonger` on the bytes when the first `limit + 1` scalars (or all, if fewer) are plain
  /// Latin, each then a character of its own; nil when one of them is not.
  private func plainLatinIsLonger(than limit: Int) -> Bool? {
    var text = self
    return text.withUTF8 { bytes -> Bool? in
      var index = 0
      var scalars = 0
      while index < bytes.count, scalars <= limit {
        guard let (_, length) = PlainLatinCase.flags(at: index, in: bytes) else { return nil }
        index += length
        scalars += 1
      }
      return scalars > limit
    }
  }
}
