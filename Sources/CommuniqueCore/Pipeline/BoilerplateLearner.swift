/// Learns a folder's boilerplate: lines near the top or bottom of most of its files.
///
/// Lines that carry contact details or the contacts header are never boilerplate, even when
/// every release repeats them.
public enum BoilerplateLearner {
  /// Lines found in at least `share` of `documents` (each a decoded text), among their first
  /// 80 and last 15 lines. Needs at least three documents; returns nothing for fewer.
  public static func frequentLines(in documents: [String], share: Double = 0.6) -> Set<String> {
    frequentLines(among: documents.map(candidateLines(of:)), share: share)
  }

  /// The lines of one document that could be boilerplate (computed per file, in parallel).
  public static func candidateLines(of document: String) -> Set<String> {
    let lines = SourceLine.split(document).map(\.text).filter { !$0.isEmpty }
    return Set(lines.prefix(80)).union(lines.suffix(15)).filter(isCandidate)
  }

  /// Lines present in at least `share` of the documents' candidate sets (three or more).
  public static func frequentLines(among candidates: [Set<String>], share: Double = 0.6)
    -> Set<String>
  {
    guard let threshold = threshold(documents: candidates.count, share: share) else { return [] }
    var counts: [String: Int] = [:]
    for lines in candidates {
      for line in lines { counts[line, default: 0] += 1 }
    }
    return Set(counts.filter { $0.value >= threshold }.keys)
  }

  /// How many of `documents` documents a line must be found in to be frequent (`share` of
  /// them, rounded up), or nil for fewer than three documents, which teach nothing.
  public static func threshold(documents: Int, share: Double = 0.6) -> Int? {
    documents >= 3 ? Int((Double(documents) * share).rounded(.up)) : nil
  }

  /// The lines of `document` that `candidateLines(of:)` looks at, its first 80 and last 15
  /// lines that are not blank, trimmed as `SourceLine.split` trims them, as UTF-8 bytes: a
  /// line among both the first and the last ones, or found twice, comes more than once.
  ///
  /// Read on the bytes, from the start until the 80th line that is not blank and from the
  /// end back to the 15th: no `String` is made for the other lines, nor for a line whose
  /// first and last kept scalars are below U+0300 (the case where `SourceLine` trims bytes).
  public static func linesLookedAt(in document: String) -> [[UInt8]] {
    var document = document
    return document.withUTF8 { bytes in
      var lines: [[UInt8]] = []
      var start = 0
      var found = 0
      while found < 80 {
        var end = start
        while end < bytes.count, !isLineBreak(at: end, in: bytes) { end += 1 }
        if let line = trimmedLine(bytes, start..<end) {
          lines.append(line)
          found += 1
        }
        guard end < bytes.count else { break }
        start = end + 1
      }
      var end = bytes.count
      found = 0
      while found < 15 {
        var start = end
        while start > 0, !isLineBreak(at: start - 1, in: bytes) { start -= 1 }
        if let line = trimmedLine(bytes, start..<end) {
          lines.append(line)
          found += 1
        }
        guard start > 0 else { break }
        end = start - 1
      }
      return lines
    }
  }

  /// Whether `SourceLine.split` ends a line at `index`: a line feed not after a carriage
  /// return.
  @inline(__always)
  private static func isLineBreak(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)
  }

  /// The bytes of the line at `range` as `SourceLine.split` trims it, or nil when it is blank.
  private static func trimmedLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> [UInt8]?
  {
    guard let kept = SourceLine.trimmedBounds(bytes, range) else {
      let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        .trimmingWhiteSpace()
      return line.isEmpty ? nil : Array(line.utf8)
    }
    return kept.isEmpty ? nil : Array(UnsafeBufferPointer(rebasing: bytes[kept]))
  }

  private static func isCandidate(_ line: String) -> Bool {
    let bytes = line.utf8
    guard bytes.count <= 400,
      !bytes.contains(where: { $0 == UInt8(ascii: "@") || (0x30...0x39).contains($0) })
    else { return false }
    let lower = line.lowercased()
    return !lower.containsText("mail") && !["ou", "et", "or"].contains(lower)
      && !ContactsHeader.matches(line)
  }
}
