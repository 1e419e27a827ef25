import CommuniqueCore
import CommuniqueTestSupport
import Testing

/// RFC 4180 output, read back by the tests' own strict parser.
@Suite struct CSVWriterTests {
  @Test func plainFieldsAreNotQuotedAndRecordsEndWithCRLF() {
    #expect(CSVWriter.record(["a", "b c", ""]) == "a,b c,\r\n")
  }

  @Test func commasQuotesAndLineBreaksAreQuoted() {
    #expect(CSVWriter.field("OIM, Tripoli") == "\"OIM, Tripoli\"")
    #expect(CSVWriter.field("dit « oui » et \"non\"") == "\"dit « oui » et \"\"non\"\"\"")
    #expect(CSVWriter.field("a\nb") == "\"a\nb\"")
  }

  @Test func aTableRoundTrips() throws {
    let rows = [["Laurence Hart", "OIM, Tripoli", "+218 91 383 25 96"], ["\"Q\"", "", "x\r\ny"]]
    let text = CSVWriter.table(header: ["name", "office", "phones"], rows: rows)
    #expect(try CSVParser.parse(text) == [["name", "office", "phones"]] + rows)
  }
}
