import CommuniqueCore
import Testing

@Test func contentHashIsSixteenHexDigitsAndStable() {
  #expect(ContentHash.hex(of: [UInt8]("abc".utf8)) == "e71fa2190541574b")
  #expect(ContentHash.hex(of: []) == "cbf29ce484222325")
}
