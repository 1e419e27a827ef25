import Foundation
import Synchronization

/// Writes a deterministic synthetic library: releases shaped like FORMATS.md (menu block or
/// "Communiqué / Global" header, title, dateline with a hyphen or an en dash, hard-wrapped or
/// one-line paragraphs, quotes with attributions, organisations with acronyms, contact block
/// or inline contact), 2–8 KB each, and one pathological file in 200 (very long line, no
/// title, binary junk).
struct CorpusGenerator {
  /// The seed: the same seed and count give the same files.
  var seed: UInt64

  /// Writes `count` releases into `folder` (created if needed), in parallel.
  func write(count: Int, to folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let failures = FailureBox()
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let path = (folder as NSString).appendingPathComponent(String(format: "%06d.txt", index))
      if !FileManager.default.createFile(atPath: path, contents: Data(release(index))) {
        failures.record(path)
      }
    }
    if let path = failures.first { throw CocoaError(.fileWriteUnknown, userInfo: ["path": path]) }
  }

  /// The bytes of release number `index`.
  func release(_ index: Int) -> [UInt8] {
    var random = SeededGenerator(seed: seed &* 1_000_003 &+ UInt64(index))
    switch index % 200 {
    case 199: return binaryJunk(&random)
    case 99: return Array(longLine(&random).utf8)
    case 149: return Array(body(&random, target: 3_000).utf8)
    default: return Array(regular(&random).utf8)
    }
  }

  /// A release of at least `target` bytes whose every paragraph is a quote with its
  /// attribution (a hostile shape: each quote is attributed, merged and spanned).
  func quoteDense(_ index: Int, target: Int) -> [UInt8] {
    var random = SeededGenerator(seed: seed &* 7_919 &+ UInt64(index))
    let title = fill(random.pick(CorpusVocabulary.titleTemplates), &random)
    let place = random.pick(CorpusVocabulary.places)
    var lines = ["Communiqué", "Global", title]
    var size = 0
    while size < target {
      let quote = self.quote(&random)
      lines.append(lines.count == 3 ? "\(place) - Lundi, " + quote : quote)
      size += quote.utf8.count + 1
    }
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  /// A release of `count` ordinary paragraphs, each on a line of its own.
  func paragraphs(_ index: Int, count: Int) -> [UInt8] {
    var random = SeededGenerator(seed: seed &* 104_729 &+ UInt64(index))
    let title = fill(random.pick(CorpusVocabulary.titleTemplates), &random)
    var lines = ["Communiqué", "Global", title]
    for _ in 0..<count {
      lines.append(
        (0..<Int.random(in: 1...3, using: &random)).map { _ in
          fill(random.pick(CorpusVocabulary.sentences), &random)
        }.joined(separator: " "))
    }
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  private func regular(_ random: inout SeededGenerator) -> String {
    var lines: [String] = []
    if random.chance(0.7) {
      lines += CorpusVocabulary.menu
    } else {
      lines += ["Communiqué", "Global"]
    }
    lines.append(fill(random.pick(CorpusVocabulary.titleTemplates), &random))
    let place = random.pick(CorpusVocabulary.places)
    let dash = random.chance(1.0 / 7) ? "–" : "-"
    let target = Int.random(in: 2_000...7_200, using: &random)
    let text = body(&random, target: target)
    let wrap = random.chance(0.5)
    var paragraphs = text.components(separatedBy: "\n")
    paragraphs[0] = "\(place) \(dash) \(random.pick(CorpusVocabulary.weekdays)), " + paragraphs[0]
    for paragraph in paragraphs {
      lines +=
        wrap ? hardWrap(paragraph, width: Int.random(in: 50...65, using: &random)) : [paragraph]
    }
    lines += contacts(&random)
    return lines.joined(separator: "\n") + "\n"
  }

  private func body(_ random: inout SeededGenerator, target: Int) -> String {
    var paragraphs: [String] = []
    var size = 0
    while size < target {
      let paragraph: String
      if random.chance(0.25) {
        paragraph = quote(&random)
      } else {
        paragraph = (0..<Int.random(in: 2...4, using: &random)).map { _ in
          fill(random.pick(CorpusVocabulary.sentences), &random)
        }.joined(separator: " ")
      }
      paragraphs.append(paragraph)
      size += paragraph.utf8.count + 1
    }
    return paragraphs.joined(separator: "\n")
  }

  private func quote(_ random: inout SeededGenerator) -> String {
    let words = fill(random.pick(CorpusVocabulary.sentences), &random)
    let person = self.person(&random)
    let role = random.pick(CorpusVocabulary.roles)
    return random.chance(0.5)
      ? "« \(words) », a déclaré \(person), \(role)."
      : "Selon \(person), \(role) : « \(words) »"
  }

  private func contacts(_ random: inout SeededGenerator) -> [String] {
    let person = self.person(&random)
    let place = random.pick(CorpusVocabulary.places)
    let phone =
      "+\(Int.random(in: 20...299, using: &random)) \(Int.random(in: 10...99, using: &random)) "
      + "\(Int.random(in: 100...999, using: &random)) \(Int.random(in: 10...99, using: &random)) "
      + "\(Int.random(in: 10...99, using: &random))"
    let mail =
      person.lowercased().folding(options: .diacriticInsensitive, locale: nil)
      .replacingOccurrences(of: " ", with: ".") + "@iom.int"
    if random.chance(0.5) {
      return [
        "", "Pour plus d'informations, veuillez contacter :", "\(person), OIM \(place)",
        "Tél : \(phone)", "Email : \(mail)",
      ]
    }
    return [
      "Pour plus d'informations, veuillez contacter \(person) à l'OIM \(place), "
        + "Tél : \(phone), Email : \(mail)"
    ]
  }

  private func longLine(_ random: inout SeededGenerator) -> String {
    "Une ligne sans fin\n"
      + (0..<400).map { _ in fill(random.pick(CorpusVocabulary.sentences), &random) }
      .joined(separator: " ") + "\n"
  }

  private func binaryJunk(_ random: inout SeededGenerator) -> [UInt8] {
    (0..<4_096).map { _ in UInt8.random(in: 0...255, using: &random) } + [0, 0, 0, 0]
  }

  private func person(_ random: inout SeededGenerator) -> String {
    "\(random.pick(CorpusVocabulary.firstNames)) \(random.pick(CorpusVocabulary.lastNames))"
  }

  private func fill(_ template: String, _ random: inout SeededGenerator) -> String {
    let organisation = random.pick(CorpusVocabulary.organisations)
    return
      template
      .replacingOccurrences(of: "{subject}", with: random.pick(CorpusVocabulary.subjects))
      .replacingOccurrences(of: "{place}", with: random.pick(CorpusVocabulary.places))
      .replacingOccurrences(of: "{orgFull}", with: organisation.name)
      .replacingOccurrences(of: "{org}", with: organisation.acronym)
      .replacingOccurrences(
        of: "{number}", with: String(Int.random(in: 12...9_000, using: &random)))
  }

  private func hardWrap(_ paragraph: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in paragraph.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

/// The paths that could not be written, shared between the writing threads.
final class FailureBox: Sendable {
  private let paths = Mutex<[String]>([])

  /// Remembers a path that could not be written.
  func record(_ path: String) { paths.withLock { $0.append(path) } }

  /// The first path that could not be written, if any.
  var first: String? { paths.withLock { $0.first } }
}
