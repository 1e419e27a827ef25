extension String {
  /// `hasWords(count, separatedBy: \.isWhitespace)`, read on the UTF-8 bytes of a plain Latin
  /// text (`isPlainLatin`: a scalar is a character there, so a character is white space when
  /// its scalar is).
  func hasWhitespaceSeparatedWords(_ count: Int) -> Bool {
    guard isPlainLatin else { return hasWords(count, separatedBy: \.isWhitespace) }
    var text = self
    return text.withUTF8 { bytes in
      var words = 0
      var inWord = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let isSpace: Bool
        if byte < 0x80 {
          isSpace = byte == 0x20 || byte &- 0x09 < 5
          index += 1
        } else {
          let (value, length) = UTF8Scalar.decode(bytes, at: index)
          isSpace = Unicode.Scalar(value)?.properties.isWhitespace ?? false
          index += length
        }
        if isSpace {
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
          if words >= count { return true }
        }
      }
      return words >= count
    }
  }

  /// `trimmingCharacters(in: ["«", "»"])`, read on the UTF-8 bytes of a plain Latin text
  /// (`isPlainLatin`: a scalar is a character there, so `«` and `»` are whole characters).
  func trimmingGuillemets() -> String {
    guard isPlainLatin else { return trimmingCharacters(in: ["«", "»"]) }
    var text = self
    return text.withUTF8 { bytes in
      /// Whether a guillemet's two bytes stand at `index`.
      func isGuillemet(_ index: Int) -> Bool {
        bytes[index] == 0xC2 && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB)
      }
      var start = 0
      var end = bytes.count
      while end - start >= 2, isGuillemet(start) { start += 2 }
      while end - start >= 2, isGuillemet(end - 2) { end -= 2 }
      if start == 0 && end == bytes.count { return self }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
  }
}
