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
    guard candidates.count >= 3 else { return [] }
    var counts: [String: Int] = [:]
    for lines in candidates {
      for line in lines { counts[line, default: 0] += 1 }
    }
    let threshold = Int((Double(candidates.count) * share).rounded(.up))
    return Set(counts.filter { $0.value >= threshold }.keys)
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
