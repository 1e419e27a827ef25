import CommuniqueCore
import Foundation

/// The lines the boilerplate census looked at, and the census, as they were before they read
/// bytes (every line of the text split into a `String`, each file's keys made distinct by a
/// `Set`, the lines counted as `String` numbers by `BoilerplateLearner`): the oracle the byte
/// versions are compared with.
enum LineCensusOracle {
  /// The canonical bytes of each line the census looked at in `text`, each once.
  static func linesLookedAt(in text: String) -> Set<[UInt8]> {
    let lines = SourceLine.split(text).map(\.text).filter { !$0.isEmpty }
    return Set((lines.prefix(80) + lines.suffix(15)).map(keyBytes))
  }

  /// The boilerplate of files whose lines are `files` (each the result of `linesLookedAt`).
  static func boilerplate(files: [Set<[UInt8]>]) -> Set<String> {
    var numbers: [[UInt8]: Int] = [:]
    var lines: [[UInt8]] = []
    let documents = files.map { keys in
      Set(
        keys.map { key in
          if let number = numbers[key] { return String(number) }
          numbers[key] = lines.count
          lines.append(key)
          return String(lines.count - 1)
        })
    }
    return Set(
      BoilerplateLearner.frequentLines(among: documents).map {
        String(decoding: lines[Int($0)!], as: UTF8.self)
      }
      .filter { !BoilerplateLearner.candidateLines(of: $0).isEmpty })
  }

  /// The bytes of `line` in NFC, normalised only when a scalar could change.
  private static func keyBytes(_ line: String) -> [UInt8] {
    let stable = line.unicodeScalars.allSatisfy { scalar in
      scalar.value < 0x300 || (0x2002...0x206F).contains(scalar.value)
    }
    return Array((stable ? line : line.precomposedStringWithCanonicalMapping).utf8)
  }
}
