import ArgumentParser
import CommuniqueCore
import Foundation

/// `communique-bench shapes`: parse time per megabyte of hostile shapes against normal
/// releases, so that a superlinear stage shows up as a ratio far above 1.
struct ShapesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shapes",
    abstract: "Compare le temps d’analyse par Mo de fichiers hostiles (une seule ligne, des "
      + "lignes d’un caractère, des citations en série, 10 000 paragraphes) à celui de "
      + "communiqués normaux.")

  @Option(help: "Taille de chaque fichier hostile, en Mo.") var megabytes = 20
  @Option(help: "Rapport au temps normal au-delà duquel la mesure échoue.") var limit = 3.0

  func run() throws {
    let corpus = CorpusGenerator(seed: 1)
    var releases: [[UInt8]] = []
    var size = 0
    var index = 0
    while size < megabytes * 1_048_576 / 4 {
      if index % 200 < 99 {
        let bytes = corpus.release(index)
        releases.append(bytes)
        size += bytes.count
      }
      index += 1
    }
    let normal =
      Stopwatch.time {
        for bytes in releases { _ = ReleaseParser.parse(bytes: bytes, sourcePath: "normal") }
      } / (Double(size) / 1_048_576)
    let joined = releases.map { String(decoding: $0, as: UTF8.self) }
      .joined(separator: " ").split(whereSeparator: \.isNewline).joined(separator: " ")
    let target = megabytes * 1_048_576
    var oneLine = Array("Une seule ligne\n".utf8)
    while oneLine.count < target { oneLine += Array(joined.utf8.prefix(target - oneLine.count)) }
    var shortLines = Array("Des lignes d’un caractère\n".utf8)
    shortLines.reserveCapacity(target)
    while shortLines.count < target {
      shortLines += [UInt8(ascii: "a") + UInt8(shortLines.count % 26), 0x0A]
    }
    let quoteDense = corpus.quoteDense(0, target: target)
    let manyParagraphs = corpus.paragraphs(0, count: 10_000)
    Console.line(String(format: "analyse, communiqués normaux\u{00A0}: %.2f s/Mo", normal))
    var worst = 0.0
    let shapes = [
      ("une seule ligne", oneLine), ("lignes d’un caractère", shortLines),
      ("citations en série", quoteDense), ("10 000 paragraphes", manyParagraphs),
    ]
    for (label, bytes) in shapes {
      let perMB =
        Stopwatch.time { _ = ReleaseParser.parse(bytes: bytes, sourcePath: label) }
        / (Double(bytes.count) / 1_048_576)
      worst = max(worst, perMB / normal)
      Console.line(
        String(
          format: "analyse, %@ (%.1f Mo)\u{00A0}: %.2f s/Mo, %.1f× le temps normal", label,
          Double(bytes.count) / 1_048_576, perMB, perMB / normal))
    }
    if worst > limit {
      throw ValidationError(
        String(
          format: "analyse non linéaire\u{00A0}: %.1f× le temps normal (limite %.1f×)", worst, limit
        ))
    }
  }
}
