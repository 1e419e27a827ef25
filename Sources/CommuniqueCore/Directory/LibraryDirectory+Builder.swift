extension LibraryDirectory {
  /// Gathers a library's mentions one release at a time, in library order, then merges them.
  ///
  /// Each distinct organisation and contact is kept once, plus two numbers per sighting, so a
  /// large library never needs its releases in memory at once.
  public struct Builder: Sendable {
    /// One organisation or contact (by number) as one release (by number) gives it.
    struct Sighting: Sendable {
      var item: Int
      var release: Int
    }

    var references: [ReleaseReference] = []
    var organisations = DistinctValues<Organisation>()
    var organisationSightings: [Sighting] = []
    var contacts = DistinctValues<Contact>()
    var contactSightings: [Sighting] = []
    var contactGroups = KeyedGroups()
    var folds: [String: String] = [:]

    /// An empty builder.
    public init() {}

    /// Adds the next release of the library.
    public mutating func add(_ mentions: ReleaseMentions) {
      let release = references.count
      references.append(mentions.reference)
      for organisation in withoutFragments(mentions.organisations) {
        var shape = organisation
        shape.mentions = 1
        let item = organisations.insert(shape).number
        organisationSightings.append(Sighting(item: item, release: release))
      }
      for contact in mentions.contacts {
        let (item, isNew) = contacts.insert(contact)
        if isNew {
          let name = fold(contact.name)
          contactGroups.add(keys: LibraryDirectory.keys(of: contact, name: name))
        }
        contactSightings.append(Sighting(item: item, release: release))
      }
    }

    /// The directory of every release added.
    public func build() -> LibraryDirectory {
      LibraryDirectory(partners: partners(), contacts: self.contactEntries())
    }

    /// `LibraryDirectory.fold(name)`, computed once per name.
    mutating func fold(_ name: String) -> String {
      if let folded = folds[name] { return folded }
      let folded = LibraryDirectory.fold(name)
      folds[name] = folded
      return folded
    }

    /// For each group of items, the releases that give one of them, in order, once each.
    static func releases(
      of sightings: [Sighting], in groups: [[Int]], itemCount: Int
    ) -> (group: [Int], releases: [[Int]]) {
      var group = [Int](repeating: 0, count: itemCount)
      for (number, members) in groups.enumerated() {
        for item in members { group[item] = number }
      }
      var releases = [[Int]](repeating: [], count: groups.count)
      for sighting in sightings where releases[group[sighting.item]].last != sighting.release {
        releases[group[sighting.item]].append(sighting.release)
      }
      return (group, releases)
    }
  }
}
