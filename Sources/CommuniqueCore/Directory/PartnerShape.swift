/// What the partners directory compares of one distinct organisation: its names folded and
/// its acronym made canonical.
struct PartnerShape {
  /// Its name and aliases, folded (`LibraryDirectory.fold`), each once.
  let names: [String]
  /// Its acronym through the gazetteer's equivalences (`UNHCR` → `HCR`), when it has one.
  let acronym: String?
  /// Its acronym as written, folded.
  let spelling: String?

  init(_ organisation: Organisation) {
    var names: [String] = []
    for name in [organisation.name] + organisation.aliases {
      let folded = LibraryDirectory.fold(name)
      if !names.contains(folded) { names.append(folded) }
    }
    self.names = names
    acronym = organisation.acronym.map(LibraryDirectory.canonicalAcronym)
    spelling = organisation.acronym.map(LibraryDirectory.fold)
  }
}
