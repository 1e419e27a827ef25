import CommuniqueCore
import Testing

@Suite struct ContactsParserTests {
  @Test func blockWithSeparator() {
    let contacts = ContactsParser.parse([
      "Pour plus d'informations, veuillez contacter :", "Awa Ndiaye", "OIM Dakar",
      "Tél. + 221 33 869 62 00", "Mobile : +221 77 123 45 67", "E-mail :", "andiaye@iom.int", "ou",
      "Paul Martin", "OIM Genève", "Tél : +41 (0)22 717 91 11", "pmartin@iom.int",
    ])
    #expect(
      contacts == [
        Contact(
          name: "Awa Ndiaye", office: "OIM Dakar",
          phones: [
            Phone(raw: "+ 221 33 869 62 00", e164: "+221338696200", label: "tel"),
            Phone(raw: "+221 77 123 45 67", e164: "+221771234567", label: "mobile"),
          ], emails: ["andiaye@iom.int"]),
        Contact(
          name: "Paul Martin", office: "OIM Genève",
          phones: [
            Phone(raw: "+41 (0)22 717 91 11", e164: "+41227179111", label: "tel")
          ], emails: ["pmartin@iom.int"]),
      ])
  }

  @Test func inlineWrappedOverLines() {
    let contacts = ContactsParser.parse([
      "Pour plus d’informations,", "veuillez contacter Yasmin", "Osman, OIM Djibouti,",
      "Portable : 00 253 77 12 34 56,", "Email : yosman@iom.int",
    ])
    #expect(
      contacts == [
        Contact(
          name: "Yasmin Osman", office: "OIM Djibouti",
          phones: [Phone(raw: "00 253 77 12 34 56", e164: "+25377123456", label: "mobile")],
          emails: ["yosman@iom.int"])
      ])
  }

  @Test func inlineContactsSeparatedByCommaThenOu() {
    let contacts = ContactsParser.parse([
      "Pour plus d’informations, veuillez contacter Awa Diop, OIM Dakar, Email "
        + ": adiop@iom.int, ou Hana Ali, OIM Genève, Email : hali@iom.int"
    ])
    #expect(contacts.map(\.name) == ["Awa Diop", "Hana Ali"])
    #expect(contacts.map(\.office) == ["OIM Dakar", "OIM Genève"])
  }

  @Test(
    arguments: [
      ("+ 218 91 383 25 96", "+218913832596"), ("+39 06 44 186 207", "+390644186207"),
      ("+41 (0)22 717 91 11", "+41227179111"), ("0041 22 717 91 11", "+41227179111"),
      ("01 23 45 67 89", nil), ("+1 23", nil),
    ] as [(String, String?)])
  func phonesAreNormalised(raw: String, e164: String?) {
    #expect(PhoneNumber.e164(raw) == e164)
  }

  @Test func tidyRemovesTheSpaceAfterPlus() {
    #expect(PhoneNumber.tidy("+ 218 91 383 25 96") == "+218 91 383 25 96")
  }
}
