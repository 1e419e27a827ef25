/// The acronyms the releases of a library tie each name to (`Coalition internationale sur la
/// détention (IDC)` ties the name to `IDC`), and the one acronym each name is settled on.
///
/// A name is settled on the gazetteer's acronym when the gazetteer knows it, else on the
/// acronym it spells (a mention named `ASDI` is the body whose acronym is `ASDI`), else on the
/// acronym most sightings tie it to; a name tied as often to two acronyms is settled on none.
/// Settling is never transitive: a name tied to `OCHA` in one release and to `CICR` in
/// another never makes `OCHA` and `CICR` one body.
struct NameTies {
  /// For each folded name, how many sightings tie it to each acronym.
  private var counts: [String: [String: Int]] = [:]
  /// Each acronym of the library as written, folded, with the acronym it stands for.
  private var spellings: [String: String] = [:]

  /// The ties made by `sightings` of `shapes` that carry an acronym.
  init(shapes: [PartnerShape], sightings: [LibraryDirectory.Builder.Sighting]) {
    for sighting in sightings {
      let shape = shapes[sighting.item]
      guard let acronym = shape.acronym else { continue }
      if let spelling = shape.spelling { spellings[spelling] = acronym }
      for name in shape.names { counts[name, default: [:]][acronym, default: 0] += 1 }
    }
  }

  /// The acronym `name` (folded) stands for across the library, or nil when it is settled on
  /// none.
  func acronym(for name: String) -> String? {
    if let known = LibraryDirectory.gazetteerAcronyms[name] ?? spellings[name] { return known }
    guard let tied = counts[name], let top = tied.values.max() else { return nil }
    let leaders = tied.filter { $0.value == top }
    return leaders.count == 1 ? leaders.first?.key : nil
  }

  /// Whether `name` (folded) may stand for the partner with `acronym`: the gazetteer ties it
  /// to that acronym, or the releases tie it to no other, or it is settled on that acronym.
  func belongs(_ name: String, to acronym: String) -> Bool {
    if let known = LibraryDirectory.gazetteerAcronyms[name] { return known == acronym }
    guard let tied = counts[name], tied.count > 1 else { return true }
    return self.acronym(for: name) == acronym
  }
}
