extension LibraryDirectory.Builder {
  /// Where a contact entry takes its name and office from while its sightings are read.
  private struct Latest {
    var contact = -1
    var release = -1
    var office: String?
    var officeRelease = -1
  }

  /// The contacts: each group of contacts sharing a key, in order of first appearance.
  func contactEntries() -> [DirectoryContact] {
    var groups = contactGroups
    let members = groups.groups()
    let shapes = contacts.values
    let (group, releases) = Self.releases(
      of: contactSightings, in: members, itemCount: shapes.count)
    var latest = [Latest](repeating: Latest(), count: members.count)
    for sighting in contactSightings {
      let contact = shapes[sighting.item]
      let number = group[sighting.item]
      if sighting.release > latest[number].release {
        latest[number].contact = sighting.item
        latest[number].release = sighting.release
      }
      if let office = contact.office, sighting.release > latest[number].officeRelease {
        latest[number].office = office
        latest[number].officeRelease = sighting.release
      }
    }
    return members.indices.map { number in
      entry(
        from: members[number].map { shapes[$0] }, latest: latest[number],
        releases: releases[number])
    }
  }

  /// One entry from its contacts (in order of first sighting) and the releases giving them.
  private func entry(from contacts: [Contact], latest: Latest, releases: [Int])
    -> DirectoryContact
  {
    var phones: [Phone] = []
    var phoneKeys: Set<String> = []
    var emails: [String] = []
    var emailKeys: Set<String> = []
    for contact in contacts {
      for phone in contact.phones
      where phoneKeys.insert(LibraryDirectory.phoneKey(phone)).inserted {
        phones.append(phone)
      }
      for email in contact.emails where emailKeys.insert(email.lowercased()).inserted {
        emails.append(email)
      }
    }
    return DirectoryContact(
      name: self.contacts.values[latest.contact].name, office: latest.office, phones: phones,
      emails: emails, releases: releases.map { references[$0] })
  }
}

extension LibraryDirectory {
  /// Its e-mails; its phones under its name (`name`, folded); its name alone when it gives
  /// neither.
  static func keys(of contact: Contact, name: String) -> [String] {
    let emails = contact.emails.map { "email:" + $0.lowercased() }
    let phones = contact.phones.map { "phone:" + phoneKey($0) + "|" + name }
    let keys = emails + phones
    return keys.isEmpty ? ["name:" + name] : keys
  }

  /// A phone's identity: its E.164 form, else its digits.
  static func phoneKey(_ phone: Phone) -> String {
    phone.e164 ?? phone.raw.filter(\.isASCIIDigit)
  }
}
