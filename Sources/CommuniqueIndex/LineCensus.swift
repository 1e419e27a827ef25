import CommuniqueCore
import Foundation

/// Which lines most files of a folder share, counted fast for `BoilerplateLearner`: the same
/// boilerplate as `BoilerplateLearner.frequentLines(in:)` on the files' texts.
///
/// The learner lower-cases every line it looks at to ask whether it may be boilerplate, and
/// counts lines as `String`s, which normalises each one every time it is hashed: most of the
/// time of a first index went there before any release was listed. Here each file's lines
/// (`linesLookedAt(in:)`, computed on every core) are keys of canonical bytes, each distinct
/// line gets a number, the learner counts numbers, and only the lines found in most files
/// are asked whether they may be boilerplate. The question is about one line alone, so
/// asking it after counting instead of before gives the same lines.
struct LineCensus {
  /// The boilerplate lines.
  let boilerplate: Set<String>

  /// Counts the lines of `files` (each the keys of `linesLookedAt(in:)`).
  init(files: [[LineKey]]) {
    var numbers: [LineKey: Int] = [:]
    var lines: [LineKey] = []
    let documents = files.map { keys in
      Set(
        keys.map { key in
          if let number = numbers[key] { return String(number) }
          numbers[key] = lines.count
          lines.append(key)
          return String(lines.count - 1)
        })
    }
    boilerplate = Set(
      BoilerplateLearner.frequentLines(among: documents).map { lines[Int($0)!].text }
        .filter { !BoilerplateLearner.candidateLines(of: $0).isEmpty })
  }

  /// The lines of `text` that `BoilerplateLearner.candidateLines(of:)` looks at, its first 80
  /// and last 15 lines that are not blank, each once.
  static func linesLookedAt(in text: String) -> [LineKey] {
    let lines = SourceLine.split(text).map(\.text).filter { !$0.isEmpty }
    return Array(Set((lines.prefix(80) + lines.suffix(15)).map(LineKey.init)))
  }
}

/// A line as the bytes of its canonical (NFC) form: two lines are the same key exactly when
/// they are equal as `String`s, and hashing a key reads its bytes once, in bulk.
struct LineKey: Hashable, Sendable {
  /// The UTF-8 bytes of the line in NFC.
  let bytes: [UInt8]

  /// The key of `line`; a decoded release is NFC already, so `line` is normalised only when
  /// it holds a character that could change (a combining mark, a script other than Latin).
  init(_ line: String) {
    let stable = line.unicodeScalars.allSatisfy { scalar in
      scalar.value < 0x300 || (0x2002...0x206F).contains(scalar.value)
    }
    bytes = Array((stable ? line : line.precomposedStringWithCanonicalMapping).utf8)
  }

  /// The line.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}
