import CommuniqueCore
import Testing

@Suite struct TextDecoderTests {
  @Test func utf8ByteOrderMarkIsDropped() {
    let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Été".utf8))
    #expect(decoded.text == "Été")
    #expect(decoded.warnings.isEmpty)
  }

  @Test func invalidUTF8IsReadAsWindows1252() {
    let decoded = TextDecoder.decode([0x6C, 0x92, 0x4F, 0x49, 0x4D, 0x20, 0xE0, 0x20, 0xAB, 0x9C])
    #expect(decoded.text == "l’OIM à «œ")
    #expect(decoded.warnings.map(\.message) == ["texte non UTF-8, lu comme Windows-1252"])
  }

  @Test(arguments: [
    ("lâ€™OIM a Ã©tÃ© crÃ©Ã©e", "l’OIM a été créée"),
    ("Â« citation Â»", "« citation »"),
    ("mis en Å“uvre", "mis en œuvre"),
    ("aide Ã  Tripoli", "aide à Tripoli"),
    ("aide Ã\u{A0} Tripoli", "aide à Tripoli"),
    ("aide Ã Tripoli", "aide à Tripoli"),
    ("CAFÉ et Ça", "CAFÉ et Ça"),
  ])
  func mojibakeIsRepairedAndGoodTextKept(input: String, expected: String) {
    #expect(TextDecoder.decode(Array(input.utf8)).text == expected)
  }

  @Test func lineEndingsControlsAndCompositionAreNormalised() {
    let padding = String(repeating: "Un texte ordinaire. ", count: 10)
    let decoded = TextDecoder.decode(
      Array("e\u{301}\r\nb\u{1B}[2J\u{202E}c\rd\u{9}e \(padding)".utf8))
    #expect(decoded.text == "é\nb[2Jc\nd e \(padding)")
  }

  @Test func imagesAreBinary() {
    #expect(TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).isBinary)
    #expect(!TextDecoder.decode(Array("Un titre\nUn texte.\n".utf8)).isBinary)
  }
}
