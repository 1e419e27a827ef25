import CommuniqueTestSupport
import Testing

@testable import CommuniqueCore

/// The decoder's and typography's byte scanners against the code they replace
/// (`TextPassesOracle`): on the corpus's lines and paragraphs, on random sentences and on
/// random texts full of the scalars each scanner must tell apart.
struct TextPassesOracleTests {
  /// Scalars next to the ones the scanners look for, and the ones themselves.
  private static let awkward: [String] =
    (0x00...0x20).map { String(Unicode.Scalar(UInt8($0))) }
    + (0x7E...0xA1).map { String(Unicode.Scalar(UInt32($0))!) }
    + [
      0x061B, 0x061C, 0x061D, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2010, 0x2028, 0x2029,
      0x2029, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x202F, 0x2065, 0x2066, 0x2067,
      0x2068, 0x2069, 0x206A, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00E2, 0x00E3, 0x0142, 0x0182,
      0x0301, 0xFEFF, 0x1F44D, 0x00E9, 0x0153, 0x01C5, 0x00DF, 0x03A9, 0x00AA,
    ].map { String(Unicode.Scalar(UInt32($0))!) }
    + ["\r\n", "Ã©", "â€™", "Ã ", "Â ", "e\u{301}", "👍🏽", "🇫🇷"]

  /// Ligature literals and the words around them.
  private static let ligaturePieces = [
    "man uvre", "uvre", "uvres", "c ur", "c urs", "s ur", "s urs", "v u", "v ux", "n ud", "n uds",
    "b uf", "b ufs", "œuvre", "cœur", "ouvre", "man", "c", "s", "v", "n", "b", "u", "ur", "ud",
    "uf", "x", "M", "É", "é", "ß", "Ω", "ǅ", "ª", "1", "’", "'", "«", "»", "-", "\u{301}",
    "\u{200D}", "\u{00A0}", "\u{202F}", "👍", "Ⅷ", "ǈ", "ー", "中", "\u{10400}",
  ]

  /// The corpus's texts, random sentences and random texts made of `pieces`.
  private static func texts(_ pieces: [String], seed: UInt64) -> [String] {
    var random = SplitMix(state: seed)
    return OracleCorpus.paragraphs + OracleCorpus.sentences(3_000, seed: seed)
      + (0..<20_000).map { _ in OracleCorpus.randomText(pieces, &random, count: 24) }
  }

  @Test func sanitiserAgrees() {
    var compared = 0
    for text in Self.texts(Self.awkward, seed: 11) {
      #expect(
        Array(Sanitiser.clean(text).utf8) == Array(TextPassesOracle.sanitise(text).utf8),
        "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 20_000)
  }

  @Test func lineBreakAndMojibakeChecksAgree() {
    var compared = 0
    for text in Self.texts(Self.awkward, seed: 12) {
      #expect(
        TextDecoder.hasLineBreakToNormalise(text)
          == TextPassesOracle.hasLineBreakToNormalise(text), "\(text.debugDescription)")
      #expect(
        MojibakeRepair.hasLead(text) == TextPassesOracle.hasMojibakeLead(text),
        "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 20_000)
  }

  @Test func binaryCheckAgrees() {
    var random = SplitMix(state: 13)
    let heads: [[UInt8]] = [
      [], [0xFF, 0xFE], [0xFE, 0xFF], [0x89, 0x50, 0x4E, 0x47], [0x1F], [0x7F],
    ]
    for _ in 0..<5_000 {
      var bytes = heads[random.below(heads.count)]
      let count = [0, 1, 50, 99, 100, 101, 4095, 4096, 4097, 6000][random.below(10)]
      let controls = random.below(4)
      for _ in 0..<count {
        bytes.append(
          random.below(120) < controls
            ? UInt8(random.below(0x21)) : UInt8(0x20 + random.below(0xE0)))
      }
      #expect(TextDecoder.looksBinary(bytes) == TextPassesOracle.looksBinary(bytes))
    }
  }

  /// `TextDecoder.controlCount` against counting byte by byte, on short random runs of
  /// control bytes among others (eight at a time and the bytes after the last eight).
  @Test func controlCountAgrees() {
    var random = SplitMix(state: 15)
    for _ in 0..<20_000 {
      let controls = random.below(5)
      let bytes = (0..<random.below(40)).map { _ in
        random.below(8) < controls ? UInt8(random.below(0x21)) : UInt8(random.below(0x100))
      }
      let expected = bytes.count { byte in
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
      }
      #expect(bytes.withUnsafeBufferPointer(TextDecoder.controlCount) == expected, "\(bytes)")
    }
  }

  @Test func ligatureScanAgrees() {
    var compared = 0
    for text in Self.texts(Self.ligaturePieces, seed: 14) {
      let present = Typography.ligaturesAfterNonLetter(in: text)
      for (index, entry) in TextPassesOracle.ligatureTable.enumerated() {
        #expect(
          (present & 1 << index != 0)
            == TextPassesOracle.occursAfterNonLetter(entry.1, in: text),
          "\(entry.1) in \(text.debugDescription)")
        compared += 1
      }
      #expect(
        Array(Typography.restoreLigatures(text).utf8)
          == Array(TextPassesOracle.restoreLigatures(text).utf8),
        "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 180_000)
  }

  /// Words glued or spaced, in every case, and scalars whose case `Character` reads its own way.
  private static let headingPieces =
    [
      "Notre", "travail", "En", "tant", "que", "NOTRE", "TravailEn", "a", "B", "é", "É", "ß", "ǅ",
      "ǆ", "Ǆ", "ª", "º", "ʕ", "ʰ", "ﬁ", "Ⅷ", "ⅷ", "Ω", "ω", "ΐ", "\u{301}", "\u{200D}",
      "\u{200C}", "\u{2002}", "\u{2000}", "\u{00A0}", "\u{202F}", "€", "‰", "№", "℃", "\r",
      "\r\n", "\u{2060}", "\u{00AD}", "👍", "🇫🇷", "İ", "ı", "ǈ", "Ϋ́", "e\u{301}",
    ] + (0x20...0x7E).map { String(Unicode.Scalar(UInt8($0))) }
    + [0xC0, 0xE0, 0x100, 0x101, 0x1C4, 0x1C5, 0x1C6, 0x2B0, 0x2FF, 0x2071, 0x207F, 0x2090, 0x20BF]
    .map { String(Unicode.Scalar(UInt32($0))!) }

  @Test func gluedHeadingAgrees() {
    var compared = 0
    var random = SplitMix(state: 15)
    var texts = OracleCorpus.paragraphs + OracleCorpus.sentences(3_000, seed: 15)
    for _ in 0..<30_000 {
      var text = ""
      for _ in 0..<(1 + random.below(30)) {
        text += Self.headingPieces[random.below(Self.headingPieces.count)]
        if random.below(4) == 0 { text += " " }
      }
      texts.append(text)
    }
    for text in texts {
      #expect(
        HeaderStripper.isGluedHeading(text) == TextPassesOracle.isGluedHeading(text),
        "\(text.debugDescription)")
      compared += 1
    }
    #expect(compared > 30_000)
  }

  @Test func lineLengthAgrees() {
    var compared = 0
    var random = SplitMix(state: 16)
    var texts = OracleCorpus.paragraphs + OracleCorpus.sentences(3_000, seed: 16)
    for _ in 0..<20_000 {
      var text = String(repeating: "a", count: 80 + random.below(30))
      for _ in 0..<random.below(4) {
        let piece = Self.headingPieces[random.below(Self.headingPieces.count)]
        let offset = random.below(text.unicodeScalars.count + 1)
        let at = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset)
        text.unicodeScalars.insert(contentsOf: piece.unicodeScalars, at: at)
      }
      texts.append(text)
    }
    for text in texts {
      for limit in [0, 1, 99, 100, 101] {
        #expect(
          text.isLonger(than: limit)
            == TextPassesOracle.isLonger(text, than: limit), "\(limit) \(text.debugDescription)")
        compared += 1
      }
    }
    #expect(compared > 100_000)
  }
}
