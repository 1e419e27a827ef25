import CommuniqueTestSupport
import Foundation
import Testing

/// Files a person may point the command line at by mistake: each gets one clear line naming
/// the file, and the exit code is non-zero only when nothing could be read.
@Suite struct BadInputTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("communique-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data().write(to: folder.appendingPathComponent("vide.txt"))
    try Data([
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
    ])
    .write(to: folder.appendingPathComponent("photo.png"))
    try Data("Titre\u{0}\u{0}\u{0}\n\u{0}\u{0}corps\u{0}\n".utf8)
      .write(to: folder.appendingPathComponent("nul.txt"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("dossier.txt"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Fixtures.content.appendingPathComponent("001_23d4a6d882691ca0.txt"),
      to: folder.appendingPathComponent("bon.txt"))
  }

  @Test(arguments: [
    ("vide.txt", "fichier vide"), ("photo.png", "fichier binaire"), ("nul.txt", "fichier binaire"),
    ("dossier.txt", "dossier"), ("absent.txt", "introuvable"),
  ])
  func unusableFileGivesOneLineAndFailure(name: String, reason: String) throws {
    let output = try CommandRunner.run(["parse", name], in: folder)
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    let lines = output.stderr.split(separator: "\n")
    #expect(lines.count == 2, "\(output.stderr)")
    #expect(lines.first?.contains(name) == true)
    #expect(lines.first?.contains(reason) == true)
    #expect(lines.last == "communique\u{00A0}: aucun fichier n’a pu être lu")
  }

  @Test func goodFileAmongBadOnesIsStillParsed() throws {
    let output = try CommandRunner.run(
      ["parse", "vide.txt", "photo.png", "bon.txt", "absent.txt"], in: folder)
    #expect(output.status == 0)
    #expect(output.stdout.contains("L’OIM organise un atelier"))
    #expect(output.stderr.split(separator: "\n").count == 3)
  }

  @Test func folderWithBadFilesListsTheGoodOnes() throws {
    let output = try CommandRunner.run(["list", folder.path])
    #expect(output.status == 0)
    #expect(output.stdout.split(separator: "\n").count == 1)
    #expect(output.stdout.contains("L’OIM organise un atelier"))
    #expect(output.stderr.contains("vide.txt\u{00A0}: fichier vide"))
    #expect(output.stderr.contains("nul.txt\u{00A0}: fichier binaire"))
  }

  @Test func missingFolderIsNamed() throws {
    let output = try CommandRunner.run(["list", "/nulle/part"])
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "communique\u{00A0}: dossier introuvable\u{00A0}: /nulle/part — "
        + "créez-le ou indiquez un autre dossier (--library)\n")
  }

  @Test func unreadableFileIsReportedWhenPermissionsApply() throws {
    let locked = folder.appendingPathComponent("verrou.txt")
    try Data("Titre\nCorps.\n".utf8).write(to: locked)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
    let output = try CommandRunner.run(["parse", "verrou.txt"], in: folder)
    if getuid() == 0 {
      #expect(output.status == 0, "root reads any file")
    } else {
      #expect(output.status == 1)
      #expect(output.stderr.contains("verrou.txt\u{00A0}: illisible"))
    }
  }

  @Test func twentyMegabyteFileIsParsed() throws {
    let paragraph = String(
      repeating: "L’OIM et le HCR ont aidé des migrants à Tripoli, déclare Jean Dupont. ", count: 20
    )
    var text = "Un très long communiqué\n"
    while text.utf8.count < 20_000_000 { text += paragraph + "\n" }
    try Data(text.utf8).write(to: folder.appendingPathComponent("gros.txt"))
    let output = try CommandRunner.run(["list", folder.path])
    #expect(output.status == 0)
    #expect(output.stdout.contains("Un très long communiqué"))
  }
}
