import Foundation

#if !FUZZING
  import CommuniqueCore
#endif

/// Checks what must hold for any input: parsing returns, and no text it returns carries a
/// control character that could reach a terminal.
func checkParse(_ bytes: [UInt8]) {
  let release = ReleaseParser.parse(bytes: bytes, sourcePath: "fuzz")
  let texts =
    [release.title, release.subtitle ?? ""] + release.paragraphs.map(\.text)
    + release.quotes.map(\.text) + release.organisations.map(\.name)
    + release.contacts.map(\.name)
  for text in texts {
    precondition(
      !text.unicodeScalars.contains { Sanitiser.isUnsafe($0) && $0 != "\n" },
      "control character in parsed text")
  }
  for paragraph in release.paragraphs {
    let length = paragraph.text.unicodeScalars.count
    precondition(
      paragraph.spans.allSatisfy { $0.start >= 0 && $0.end <= length }, "span out of text")
  }
}

#if FUZZING
  /// libFuzzer's entry point. scripts/fuzz.sh compiles this file together with the sources of
  /// CommuniqueCore into one module with `-sanitize=fuzzer -DFUZZING`, since libFuzzer brings
  /// its own `main`, which a SwiftPM executable cannot have.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    checkParse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }
#else
  /// Without the fuzzer: replays every file of the folders given (a corpus) through the same
  /// checks, so a crash the fuzzer found stays a regression test.
  @main
  struct FuzzReplay {
    static func main() {
      var count = 0
      for folder in CommandLine.arguments.dropFirst() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() {
          let path = (folder as NSString).appendingPathComponent(name)
          guard let data = FileManager.default.contents(atPath: path) else { continue }
          checkParse([UInt8](data))
          count += 1
        }
      }
      print("\(count) entrées rejouées sans erreur")
    }
  }
#endif
