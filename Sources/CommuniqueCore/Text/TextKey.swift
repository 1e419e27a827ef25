/// A `String` as a dictionary key that hashes and compares as the string does, without
/// normalising it when it need not: a string whose scalars are all below U+0300 or `’` is in
/// normal form C already (none of those scalars composes or reorders), so its UTF-8 bytes
/// are what `String`'s hash reads and what `==` compares; any other string is left to
/// `String`.
struct TextKey: Hashable, Sendable {
  let text: String
  /// Whether every scalar of `text` is below U+0300 or is `’`.
  let isPlain: Bool

  init(_ text: String) {
    var text = text
    isPlain = text.withUTF8(Self.isPlain)
    self.text = text
  }

  /// Whether the bytes hold only scalars below U+0300 (lead bytes up to CB) and `’` (E2 80 99).
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0xCC {
        index += 1
      } else if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
        && bytes[index + 2] == 0x99
      {
        index += 3
      } else {
        return false
      }
    }
    return true
  }

  static func == (left: TextKey, right: TextKey) -> Bool {
    guard left.isPlain && right.isPlain else { return left.text == right.text }
    guard left.text.utf8.count == right.text.utf8.count else { return false }
    var left = left.text
    var right = right.text
    return left.withUTF8 { left in
      right.withUTF8 { right in
        for index in left.indices where left[index] != right[index] { return false }
        return true
      }
    }
  }

  /// `String`'s hash: the bytes of the normal form C, then `0xFF`.
  func hash(into hasher: inout Hasher) {
    guard isPlain else {
      hasher.combine(text)
      return
    }
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(0xFF as UInt8)
  }
}
