import CommuniqueCore
import Testing

/// The directory gathered release by release (as from a cache), each organisation and contact
/// kept once however many releases repeat it.
@Suite struct DirectoryBuilderTests {
  private func mentions(_ id: String, _ organisations: [Organisation], _ contacts: [Contact] = [])
    -> ReleaseMentions
  {
    ReleaseMentions(
      reference: ReleaseReference(id: id, title: "Titre \(id)"), organisations: organisations,
      contacts: contacts)
  }

  @Test func aPartnerRepeatedInEveryReleaseListsEachReleaseOnceByItsCommonestName() {
    let rare = Organisation(name: "Org. X", acronym: "OX")
    let common = Organisation(name: "Organisation X", acronym: "OX", mentions: 4)
    var builder = LibraryDirectory.Builder()
    builder.add(mentions("a", [rare, common]))
    for id in ["b", "c", "d"] { builder.add(mentions(id, [common])) }
    builder.add(mentions("e", [Organisation(name: "Zorglub", acronym: "ZZ")]))
    let partners = builder.build().partners
    #expect(partners.map(\.acronym) == ["OX", "ZZ"])
    #expect(partners[0].name == "Organisation X")
    #expect(partners[0].aliases == ["Org. X"])
    #expect(partners[0].releases.map(\.id) == ["a", "b", "c", "d"])
    #expect(partners[0].releases.first?.title == "Titre a")
  }

  @Test func aRepeatedContactTakesItsNameFromTheLatestReleaseAndItsOfficeFromTheLatestGivingOne() {
    let phone = Phone(raw: "+218 91 383 25 96", e164: "+218913832596")
    let short = Contact(name: "L. Hart", office: nil, phones: [phone], emails: ["lhart@iom.int"])
    let full = Contact(name: "Laurence Hart", office: "OIM Tripoli", emails: ["LHart@iom.int"])
    var builder = LibraryDirectory.Builder()
    builder.add(mentions("a", [], [short]))
    builder.add(mentions("b", [], [full]))
    builder.add(mentions("c", [], [short, short]))
    let contacts = builder.build().contacts
    #expect(contacts.count == 1)
    #expect(contacts.first?.name == "L. Hart")
    #expect(contacts.first?.office == "OIM Tripoli")
    #expect(contacts.first?.emails == ["lhart@iom.int"])
    #expect(contacts.first?.phones == [phone])
    #expect(contacts.first?.releases.map(\.id) == ["a", "b", "c"])
  }
}
