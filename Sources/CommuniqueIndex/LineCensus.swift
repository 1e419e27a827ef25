import CommuniqueCore
import Foundation

/// Which lines most files of a folder share, counted fast for `BoilerplateLearner`: the same
/// boilerplate as `BoilerplateLearner.frequentLines(in:)` on the files' texts.
///
/// The learner lower-cases every line it looks at to ask whether it may be boilerplate, and
/// counts lines as `String`s, which normalises each one every time it is hashed: most of the
/// time of a first index went there before any release was listed. Here each file's lines
/// (`linesLookedAt(in:)`, computed on every core) are keys of canonical bytes, hashed where
/// they are made, each distinct line gets a number, the census counts the files each number
/// is found in, and only the lines found in most files are asked whether they may be
/// boilerplate. The question is about one line alone, so asking it after counting instead of
/// before gives the same lines.
struct LineCensus {
  /// The boilerplate lines.
  let boilerplate: Set<String>

  /// Counts the lines of `files` (each the keys of `linesLookedAt(in:)`; a key given twice in
  /// a file counts once).
  init(files: [[LineKey]]) {
    guard let threshold = BoilerplateLearner.threshold(documents: files.count) else {
      boilerplate = []
      return
    }
    var numbers = LineNumbers()
    var counts: [Int] = []
    var lastFile: [Int] = []
    for (file, keys) in files.enumerated() {
      for key in keys {
        let number = numbers.number(of: key)
        if number == counts.count {
          counts.append(0)
          lastFile.append(-1)
        }
        if lastFile[number] != file {
          lastFile[number] = file
          counts[number] += 1
        }
      }
    }
    let lines = numbers.lines
    boilerplate = Set(
      lines.indices.filter { counts[$0] >= threshold }.map { lines[$0].text }
        .filter { !BoilerplateLearner.candidateLines(of: $0).isEmpty })
  }

  /// The lines of `text` that `BoilerplateLearner.candidateLines(of:)` looks at, its first 80
  /// and last 15 lines that are not blank (some perhaps more than once).
  static func linesLookedAt(in text: String) -> [LineKey] {
    BoilerplateLearner.linesLookedAt(in: text).map(LineKey.init(bytes:))
  }
}

/// A number for each distinct line, in the order they are met: an open-addressing table on the
/// hash each key holds already (a `Dictionary` hashed that hash again, and compared keys through
/// `Hashable`, for most of the census's time).
private struct LineNumbers {
  /// The lines, by number.
  private(set) var lines: [LineKey] = []
  /// A number of `lines` or -1, per slot; a power of two, at most half full.
  private var slots = [Int32](repeating: -1, count: 1_024)

  /// The number of `key`: the one it has, or the next one.
  mutating func number(of key: LineKey) -> Int {
    if (lines.count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var slot = key.hash & mask
    while slots[slot] >= 0 {
      let number = Int(slots[slot])
      if lines[number] == key { return number }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(lines.count)
    lines.append(key)
    return lines.count - 1
  }

  /// Doubles the slots and places every line again.
  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (number, line) in lines.enumerated() {
      var slot = line.hash & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number)
    }
  }
}

/// A line as the bytes of its canonical (NFC) form: two lines are the same key exactly when
/// they are equal as `String`s. Its hash is worked out once, where the key is made (on every
/// core), from its bytes eight at a time.
struct LineKey: Hashable, Sendable {
  /// The UTF-8 bytes of the line in NFC.
  let bytes: [UInt8]
  /// The hash of `bytes`.
  fileprivate let hash: Int

  /// The key of `line`.
  init(_ line: String) {
    self.init(bytes: Array(line.utf8))
  }

  /// The key of the line whose UTF-8 bytes are `line`; a decoded release is NFC already, so
  /// the line is normalised only when it holds a scalar that could change (from U+0300 up,
  /// but for U+2002…U+206F: spaces, dashes, quotes).
  init(bytes line: [UInt8]) {
    bytes =
      Self.isStable(line)
      ? line
      : Array(String(decoding: line, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    hash = Self.hash(bytes)
  }

  /// The line.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  static func == (left: LineKey, right: LineKey) -> Bool {
    left.hash == right.hash && left.bytes == right.bytes
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(hash)
  }

  /// A hash of `bytes`: eight bytes at a time multiplied in (FNV-1a's constants), the rest
  /// byte by byte, then mixed so that its low bits (the slot of `LineNumbers`) depend on all.
  private static func hash(_ bytes: [UInt8]) -> Int {
    var hash = FNV1a.empty ^ UInt64(bytes.count)
    bytes.withUnsafeBytes { raw in
      var index = 0
      while index + 8 <= raw.count {
        hash = FNV1a.step(hash, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        hash ^= hash >> 32
        index += 8
      }
      while index < raw.count {
        hash = FNV1a.step(hash, UInt64(raw[index]))
        index += 1
      }
    }
    hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
    hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
    return Int(truncatingIfNeeded: hash ^ (hash >> 33))
  }

  /// Whether every scalar of the UTF-8 `bytes` is below U+0300 or in U+2002…U+206F (E2 80 82
  /// to E2 81 AF); a byte from CC up is always the first of a scalar's bytes.
  private static func isStable(_ bytes: [UInt8]) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0xCC {
        index += 1
        continue
      }
      guard byte == 0xE2, index + 2 < bytes.count else { return false }
      switch (bytes[index + 1], bytes[index + 2]) {
      case (0x80, 0x82...), (0x81, ...0xAF): index += 3
      default: return false
      }
    }
    return true
  }
}
