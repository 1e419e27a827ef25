import CommuniqueCore
import CommuniqueTestSupport
import Foundation
import Testing

/// What a scraper's folder may hold besides releases: links, odd names, and the promise that
/// the program never changes the folder.
@Suite struct LibraryFolderTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("communique-folder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.content.path) {
      try FileManager.default.copyItem(
        at: Fixtures.content.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
  }

  private func link(_ name: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
  }

  @Test func linksAreFollowedAndBrokenOrLoopingOnesReported() throws {
    let real = folder.appendingPathComponent("001_23d4a6d882691ca0.txt").path
    try link("lien.txt", to: real)
    try link("boucle-a.txt", to: folder.appendingPathComponent("boucle-b.txt").path)
    try link("boucle-b.txt", to: folder.appendingPathComponent("boucle-a.txt").path)
    try link("casse.txt", to: "/nulle/part.txt")
    let output = try CommandRunner.run(["list", folder.path])
    #expect(output.status == 0)
    #expect(output.stdout.split(separator: "\n").count == 3)
    let errors = output.stderr.split(separator: "\n")
    #expect(errors.count == 3)
    #expect(errors.filter { $0.contains("lien symbolique en boucle") }.count == 2)
    #expect(
      errors.contains { $0.contains("casse.txt\u{00A0}: introuvable (ou lien symbolique cassé)") })
  }

  @Test func aFileNameThatIsNotUTF8IsNamedAndTheRestIsRead() throws {
    var path = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
    let descriptor = path.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        open($0, O_CREAT | O_WRONLY, 0o644)
      }
    }
    #expect(descriptor >= 0)
    let text = Array("Un titre\nUn corps de texte.\n".utf8)
    #expect(write(descriptor, text, text.count) == text.count)
    close(descriptor)
    let output = try CommandRunner.run(["list", folder.path])
    #expect(output.status == 0)
    #expect(output.stdout.split(separator: "\n").count == 2)
    #expect(output.stderr.contains("nom de fichier qui n’est pas en UTF-8 — renommez le fichier"))
  }

  /// Names, sizes, dates and bytes of everything in the folder.
  private func fingerprint() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
      let path = folder.appendingPathComponent(name).path
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
      let date = attributes[.modificationDate] ?? ""
      return "\(name) \(attributes[.size] ?? 0) \(date) \(ContentHash.hex(of: bytes))"
    }
  }

  @Test func theFolderIsByteForByteUnchangedByEveryCommand() throws {
    let before = try fingerprint()
    let cache = folder.path + "-cache"
    for arguments in [
      ["list"], ["contacts", "--format", "vcard"], ["partners", "--format", "csv"], ["index"],
      ["search", "détention"], ["show", "a0f2"],
    ] {
      let output = try CommandRunner.run(
        arguments + ["--library", folder.path], environment: ["XDG_CACHE_HOME": cache])
      #expect(output.status == 0, "\(arguments): \(output.stderr)")
    }
    #expect(try fingerprint() == before)
  }

  @Test func aFolderOfTenThousandReleasesIsListedWhole() throws {
    for number in 1...10_000 {
      let text = "Communiqué \(number)\nDakar - Hier, l’OIM a aidé \(number) familles.\n"
      try Data(text.utf8).write(
        to: folder.appendingPathComponent(String(format: "r%05d.txt", number)))
    }
    let output = try CommandRunner.run(["list", folder.path])
    #expect(output.status == 0)
    let rows = output.stdout.split(separator: "\n")
    #expect(rows.count == 10_002)
    #expect(rows.filter { $0.hasSuffix("\tDakar") }.count == 10_000)
  }
}
