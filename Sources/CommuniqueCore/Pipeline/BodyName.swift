/// The bodies one matched name holds: a known body followed by a complement is that body
/// (`Union européenne pour le Sahel` → `Union européenne`), a body of a body is two
/// (`Département de lutte … du Ministère de l’intérieur`), and `et de l’ABC` is another body.
enum BodyName {
  /// Institution nouns that open a second body inside a name (`… du Ministère de …`).
  private static let heads = InstitutionNouns.opening.filter {
    !["Croix-Rouge", "Croissant-Rouge", "Union", "Fonds", "Programme"].contains($0)
  }
  private static let joins = [" du ", " de la ", " de l’", " de l'", " des "]
  /// Each join, and the join followed by each head, in the order they are tried.
  private static let joinedHeads: [(join: String, texts: [String])] = joins.map { join in
    (join, heads.map { join + $0 })
  }
  /// The heads' UTF-8 bytes by their first byte, to find whether any occurs in one walk.
  private static let headsByFirstByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for head in heads {
      let bytes = Array(head.utf8)
      table[Int(bytes[0])].append(bytes)
    }
    return table
  }()

  /// The names of the bodies in `name`, outermost first.
  static func parts(of name: String) -> [String] {
    var name = cutAfterAcronym(name)
    if isKnown(name) { return [name] }
    // `gouvernements d’Allemagne et du Royaume-Uni` are two governments.
    if name.hasPrefix("gouvernements "), name.containsText(" et ") {
      return name.dropFirst("gouvernements ".count).components(separatedBy: " et ").map {
        "gouvernement " + $0
      }
    }
    if let known = knownPrefix(of: name) { return [known] }
    // `Commission européenne et de l’USAIM`: the acronym after `et` is a body of its own.
    if name.containsText(" et "), let and = name.range(of: " et "),
      name[and.upperBound...].split(separator: " ").contains(where: isAcronym)
    {
      name = String(name[..<and.lowerBound])
    }
    guard containsHead(name.dropFirst()) else { return [name] }
    // A join the name does not hold holds no head after it.
    for (join, texts) in joinedHeads where name.containsText(join) {
      for joined in texts {
        guard name.containsText(joined), let range = name.range(of: joined),
          range.lowerBound > name.startIndex
        else { continue }
        let inner = String(name[name.index(range.lowerBound, offsetBy: join.count)...])
        // `Ministère des Guinéens à l’étranger et du Ministère …`: two bodies, no `et`.
        var outer = String(name[..<range.lowerBound])
        if outer.hasSuffix(" et") { outer.removeLast(3) }
        return [outer, inner]
      }
    }
    return [name]
  }

  /// Whether one of `heads` occurs in `text`, compared byte for byte (`containsText`).
  private static func containsHead(_ text: Substring) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(containsHead)
      ?? Array(text.utf8).withUnsafeBufferPointer(containsHead)
  }

  /// `containsHead` on the text's bytes.
  private static func containsHead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for start in bytes.indices {
      for head in headsByFirstByte[Int(bytes[start])] where bytes.holds(head, at: start) {
        return true
      }
    }
    return false
  }

  /// `name` up to an acronym that a place follows: `Conseil de l’OIM en Belgique` is the
  /// OIM's Council, met in Belgium.
  private static func cutAfterAcronym(_ name: String) -> String {
    guard let inPlace = name.range(ofText: " en ") else { return name }
    let before = name[..<inPlace.lowerBound]
    guard let last = before.split(separator: " ").last,
      isAcronym(Substring(AcronymPairing.stripElision(String(last))))
    else { return name }
    return String(before)
  }

  /// A gazetteer or known body that `name` starts with, when the rest is only a complement.
  private static func knownPrefix(of name: String) -> String? {
    let words = name.splitOnSpaces()
    guard words.count > 2, knownFirstWords.contains(TextKey(LatinLowercase.of(String(words[0]))))
    else { return nil }
    for count in stride(from: words.count - 1, through: 2, by: -1) {
      let prefix = words.prefix(count).joined(separator: " ")
      // `Bureau de la coordination … des Nations Unies` is still the same known body (the rest
      // read only for a known prefix).
      if isKnown(prefix)
        && LatinLowercase.of(words.dropFirst(count).joined(separator: " ")) != "des nations unies"
      {
        return prefix
      }
    }
    return nil
  }

  /// The first words of the known bodies' names, to skip names no known body starts.
  private static let knownFirstWords: Set<TextKey> = {
    let names =
      Gazetteer.entries.flatMap { [$0.name] + $0.aliases }
      + KnownOrganisations.entries.flatMap { [$0.name] + $0.aliases }
    return Set(names.compactMap { $0.split(separator: " ").first.map { TextKey($0.lowercased()) } })
  }()

  private static func isKnown(_ name: String) -> Bool {
    OrganisationRegistry.gazetteerEntry(named: name) != nil || Gazetteer.entry(for: name) != nil
      || KnownOrganisationKeys.isKnown(name)
  }

  private static func isAcronym(_ word: Substring) -> Bool {
    let letters = word.drop { !$0.isUppercase }
    return letters.count >= 2 && letters.allSatisfy { $0.isUppercase || $0.isNumber }
  }
}
