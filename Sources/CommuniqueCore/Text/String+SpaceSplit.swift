extension String {
  /// `split(separator: " ")`: on the UTF-8 bytes when every scalar is a lone scalar
  /// (`LoneScalars`: each a character of its own, so a character is a space exactly where a
  /// byte is 0x20), by characters otherwise.
  func splitOnSpaces() -> [Substring] {
    var text = self
    guard text.withUTF8(LoneScalars.all) else { return split(separator: " ") }
    return utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
  }
}
