import CommuniqueCore

/// Splits text into the words the index and the queries agree on: letters and digits only,
/// folded by `TextFolding` with their accents kept (the French stemmer needs them; the index
/// stores each word and its stem fully folded, see `IndexedText`). Apostrophes (straight or
/// curly), hyphens and punctuation separate words.
///
/// Works on the text's UTF-8 bytes: ASCII byte by byte, other scalars through `TokenScalar`,
/// which says what each scalar does to the word being read.
public enum SearchTokenizer {
  /// The words of `text`, in order.
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
    return words
  }

  /// Calls `body` with the UTF-8 bytes of each word of `text`, in order; the buffer is only
  /// valid during the call.
  public static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var text = text
    let common = TokenScalar.common
    text.withUTF8 { bytes in
      common.entries.withUnsafeBufferPointer { entries in
        common.folded.withUnsafeBufferPointer { folded in
          var word = WordBuffer()
          defer { word.deallocate() }
          var index = 0
          while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
              switch byte {
              case 0x61...0x7A, 0x30...0x39:
                let end = plainRunEnd(in: bytes, from: index + 1)
                let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                if word.isEmpty, endsWord(bytes, at: end) {
                  // A word of plain lower-case bytes: handed out as it is, not copied.
                  body(run)
                } else {
                  word.append(run)
                }
                index = end
                continue
              case 0x41...0x5A: word.append(byte + 0x20)
              default: word.flush(body)
              }
              index += 1
              continue
            }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            index += length
            if let slot = TokenScalar.commonSlot(of: value) {
              let entry = entries[slot]
              let start = Int(entry.start)
              word.add(
                entry.kind,
                UnsafeBufferPointer(rebasing: folded[start..<start + Int(entry.length)]),
                body)
            } else {
              let action = TokenScalar.worked(out: value)
              action.folded.withUnsafeBufferPointer { word.add(action.kind, $0, body) }
            }
          }
          word.flush(body)
        }
      }
    }
  }
}

/// The end of the run of lower-case ASCII letters and digits from `offset` on.
@inline(__always)
private func plainRunEnd(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
  var end = offset
  while end < bytes.count {
    switch bytes[end] {
    case 0x61...0x7A, 0x30...0x39: end += 1
    default: return end
    }
  }
  return end
}

/// Whether the byte at `offset` (after a lower-case letter or digit) surely ends the word: the
/// end of the text or an ASCII byte other than a letter (an upper-case one would join it, and
/// a scalar that is not ASCII may).
@inline(__always)
private func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
  guard offset < bytes.count else { return true }
  let byte = bytes[offset]
  return byte < 0x41 || (byte > 0x5A && byte < 0x80)
}

/// The word `SearchTokenizer` is reading: bytes in a buffer it owns, grown by doubling (a word
/// can be as long as its text), handed out and emptied at each separator.
private struct WordBuffer {
  private var start = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
  private var capacity = 64
  private var count = 0

  /// Whether no byte has been added since the word was last handed out.
  var isEmpty: Bool { count == 0 }

  /// Adds `byte` to the word.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow() }
    start[count] = byte
    count += 1
  }

  /// Adds `bytes` to the word.
  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    while count + bytes.count > capacity { grow() }
    (start + count).update(from: bytes.baseAddress!, count: bytes.count)
    count += bytes.count
  }

  /// Applies a scalar's action: a separator ends the word, a mark joins only a word already
  /// begun, and the folded bytes of a part or mark join the word, except that an ASCII byte
  /// other than a lower-case letter or digit ends it.
  mutating func add(
    _ kind: TokenScalar.Kind, _ folded: UnsafeBufferPointer<UInt8>,
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    switch kind {
    case .separator: flush(body)
    case .mark where count == 0: break
    case .part, .mark:
      for byte in folded {
        switch byte {
        case 0x61...0x7A, 0x30...0x39, 0x80...: append(byte)
        default: flush(body)
        }
      }
    }
  }

  /// Hands the word to `body`, if it is not empty, and empties it.
  mutating func flush(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    guard count > 0 else { return }
    body(UnsafeBufferPointer(start: start, count: count))
    count = 0
  }

  /// Frees the buffer; the word is not used after.
  func deallocate() {
    start.deallocate()
  }

  private mutating func grow() {
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
    larger.update(from: start, count: count)
    start.deallocate()
    start = larger
    capacity *= 2
  }
}
