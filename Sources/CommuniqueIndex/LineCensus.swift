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
    var numbers: [LineKey: Int] = [:]
    var lines: [LineKey] = []
    var counts: [Int] = []
    var lastFile: [Int] = []
    for (file, keys) in files.enumerated() {
      for key in keys {
        let number: Int
        if let known = numbers[key] {
          number = known
        } else {
          number = lines.count
          numbers[key] = number
          lines.append(key)
          counts.append(0)
          lastFile.append(-1)
        }
        if lastFile[number] != file {
          lastFile[number] = file
          counts[number] += 1
        }
      }
    }
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

/// A line as the bytes of its canonical (NFC) form: two lines are the same key exactly when
/// they are equal as `String`s. Its hash is worked out once, where the key is made.
struct LineKey: Hashable, Sendable {
  /// The UTF-8 bytes of the line in NFC.
  let bytes: [UInt8]
  /// The hash of `bytes`.
  private let hash: Int

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
    var hasher = Hasher()
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    hash = hasher.finalize()
  }

  /// The line.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  static func == (left: LineKey, right: LineKey) -> Bool {
    left.hash == right.hash && left.bytes == right.bytes
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(hash)
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
