extension ReadingDocument {
  /// The document shown while the first releases of a library are being indexed.
  public static func indexing(at path: String) -> ReadingDocument {
    let text = [
      ("Indexation en cours", CellStyle.title),
      ("", .plain),
      ("Les fichiers du dossier «\u{A0}\(path)\u{A0}» sont en cours de lecture.", .plain),
      ("", .plain),
      (
        "Les communiqués s’affichent dans la liste dès que les premiers sont indexés\u{A0}; "
          + "la recherche porte sur ceux déjà indexés.", .plain
      ),
    ]
    return ReadingDocument(blocks: text.map { Glyph.make($0.0, style: $0.1) })
  }

  /// The document shown when none of the folder's `files` `.txt` files could be read as a
  /// release.
  public static func unreadableLibrary(at path: String, files: Int) -> ReadingDocument {
    let which =
      files == 1 ? "Le seul fichier .txt" : "Aucun des \(FrenchNumber.format(files)) fichiers .txt"
    let text = [
      ("Aucun communiqué lisible", CellStyle.title),
      ("", .plain),
      (
        "\(which) du dossier «\u{A0}\(path)\u{A0}» n’a pu être lu comme un communiqué "
          + "(binaire, vide ou illisible)\u{A0}; communique index DOSSIER dit pourquoi.", .plain
      ),
    ]
    return ReadingDocument(blocks: text.map { Glyph.make($0.0, style: $0.1) })
  }
}
