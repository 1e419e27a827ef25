/// Why one file of a library cannot be used: one line of French saying what and what to do.
struct UnusableFile: Error, Sendable {
  /// The line, without the file's name.
  let message: String

  /// A binary file (an image, an archive).
  static let binary = UnusableFile(message: "fichier binaire (pas du texte), ignoré")
  /// A file with nothing but white space.
  static let empty = UnusableFile(message: "fichier vide, ignoré")
}
