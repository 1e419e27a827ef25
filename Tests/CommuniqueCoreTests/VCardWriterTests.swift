import CommuniqueCore
import CommuniqueTestSupport
import Testing

/// vCard 4.0 output, read back by the tests' own strict parser.
@Suite struct VCardWriterTests {
  let hart = Contact(
    name: "Laurence Hart", office: "OIM Tripoli",
    phones: [Phone(raw: "+ 218 91 383 25 96", e164: "+218913832596", label: "tel")],
    emails: ["lhart@iom.int"])

  @Test func aContactRoundTrips() throws {
    let text = VCardWriter.card(for: hart, note: "Un séminaire pour débattre de Prometeo")
    #expect(text.hasPrefix("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Laurence Hart\r\n"))
    let cards = try VCardParser.parse(text)
    #expect(cards.count == 1)
    let card = try #require(cards.first)
    #expect(card.value("FN") == "Laurence Hart")
    #expect(card.value("N") == "Hart;Laurence;;;")
    #expect(card.value("ORG") == "OIM Tripoli")
    #expect(card.value("TEL") == "tel:+218913832596")
    let tel = try #require(card.properties.first { $0.name == "TEL" })
    #expect(tel.parameters.contains("TYPE=work"))
    #expect(card.value("EMAIL") == "lhart@iom.int")
    #expect(card.value("NOTE") == "Un séminaire pour débattre de Prometeo")
  }

  @Test func commasSemicolonsBackslashesAndNewlinesAreEscaped() throws {
    let contact = Contact(name: "Anne, dite; \\Nan", office: "OIM; Genève, Suisse")
    let text = VCardWriter.card(for: contact, note: "ligne 1\nligne 2")
    #expect(text.contains("FN:Anne\\, dite\\; \\\\Nan\r\n"))
    #expect(text.contains("NOTE:ligne 1\\nligne 2\r\n"))
    let card = try #require(try VCardParser.parse(text).first)
    #expect(card.value("FN") == "Anne, dite; \\Nan")
    #expect(card.value("ORG") == "OIM; Genève, Suisse")
    #expect(card.value("NOTE") == "ligne 1\nligne 2")
  }

  @Test func longLinesFoldAt75OctetsWithoutCuttingCharacters() throws {
    let title = String(repeating: "Un séminaire à Tripoli « détention » ", count: 6)
    let text = VCardWriter.card(for: hart, note: title)
    for line in text.split(separator: "\r\n") { #expect(line.utf8.count <= 75) }
    #expect(text.contains("\r\n "))
    let card = try #require(try VCardParser.parse(text).first)
    #expect(card.value("NOTE") == title)
  }

  @Test func aNumberWithoutCountryCodeIsText() throws {
    let contact = Contact(
      name: "Ada", office: nil, phones: [Phone(raw: "06  12 34 56 78", e164: nil, label: "mobile")])
    let text = VCardWriter.card(for: contact)
    #expect(text.contains("TEL;VALUE=text;TYPE=\"work,cell\":06 12 34 56 78\r\n"))
    let card = try #require(try VCardParser.parse(text).first)
    #expect(card.value("N") == "Ada;;;;")
    #expect(card.value("ORG") == nil)
  }

  @Test func theOneLineFormTidiesPhones() {
    #expect(hart.line == "Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int")
  }
}
