extension LibraryDirectory {
  /// One contact as one release gives it.
  private struct Sighting {
    var contact: Contact
    var release: Int
  }

  static func contacts(in releases: [Release]) -> [DirectoryContact] {
    var sightings: [Sighting] = []
    var groups = KeyedGroups()
    for (index, release) in releases.enumerated() {
      for contact in release.contacts {
        sightings.append(Sighting(contact: contact, release: index))
        groups.add(keys: keys(of: contact))
      }
    }
    return groups.groups().map { members in
      entry(from: members.map { sightings[$0] }, releases: releases)
    }
  }

  /// Its e-mails; its phones under its name; its name alone when it gives neither.
  static func keys(of contact: Contact) -> [String] {
    let name = fold(contact.name)
    let emails = contact.emails.map { "email:" + $0.lowercased() }
    let phones = contact.phones.map { "phone:" + phoneKey($0) + "|" + name }
    let keys = emails + phones
    return keys.isEmpty ? ["name:" + name] : keys
  }

  /// A phone's identity: its E.164 form, else its digits.
  static func phoneKey(_ phone: Phone) -> String {
    phone.e164 ?? phone.raw.filter(\.isASCIIDigit)
  }

  private static func entry(from sightings: [Sighting], releases: [Release]) -> DirectoryContact {
    let latest = sightings.max { $0.release < $1.release } ?? sightings[0]
    let office = sightings.filter { $0.contact.office != nil }
      .max { $0.release < $1.release }?.contact.office
    var phones: [Phone] = []
    var phoneKeys: Set<String> = []
    var emails: [String] = []
    var emailKeys: Set<String> = []
    var indices: [Int] = []
    for sighting in sightings {
      for phone in sighting.contact.phones where phoneKeys.insert(phoneKey(phone)).inserted {
        phones.append(phone)
      }
      for email in sighting.contact.emails where emailKeys.insert(email.lowercased()).inserted {
        emails.append(email)
      }
      if !indices.contains(sighting.release) { indices.append(sighting.release) }
    }
    return DirectoryContact(
      name: latest.contact.name, office: office, phones: phones, emails: emails,
      releases: indices.sorted().map { ReleaseReference(releases[$0]) })
  }
}
