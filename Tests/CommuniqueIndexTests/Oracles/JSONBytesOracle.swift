import CommuniqueCore
import Foundation

@testable import CommuniqueIndex

/// `ReleaseJSON.encode` and `MentionRecord.encoded` written with `JSONBytesOracle`.
enum StoredJSONOracle {
  /// The JSON of `release`.
  static func encode(_ release: Release) -> Data {
    let json = JSONBytesOracle()
    json.object {
      json.field("id", release.id)
      json.field("sourcePath", release.sourcePath)
      json.field("kind", release.kind.rawValue)
      json.field("title", release.title)
      json.field("subtitle", release.subtitle)
      if let dateline = release.dateline {
        json.key("dateline")
        json.object {
          json.field("place", dateline.place)
          json.field("when", dateline.when)
          json.field("note", dateline.note)
          json.field("raw", dateline.raw)
        }
      }
      json.field("speakerLine", release.speakerLine)
      json.array("paragraphs", release.paragraphs) { paragraph in
        json.field("text", paragraph.text)
        json.array("spans", paragraph.spans) { span in
          json.field("kind", span.kind.rawValue)
          json.field("start", span.start)
          json.field("length", span.length)
        }
      }
      json.array("quotes", release.quotes) { quote in
        json.field("text", quote.text)
        json.field("speaker", quote.speaker)
        json.field("role", quote.role)
        json.field("paragraph", quote.paragraph)
        json.field("paragraphEnd", quote.paragraphEnd)
      }
      json.array("organisations", release.organisations) { organisation in
        json.field("name", organisation.name)
        json.field("acronym", organisation.acronym)
        json.field("aliases", organisation.aliases)
        json.field("mentions", organisation.mentions)
      }
      json.array("people", release.people) { person in
        json.field("name", person.name)
        json.field("role", person.role)
      }
      json.array("contacts", release.contacts) { contact in
        json.field("name", contact.name)
        json.field("office", contact.office)
        json.array("phones", contact.phones) { phone in
          json.field("raw", phone.raw)
          json.field("e164", phone.e164)
          json.field("label", phone.label)
        }
        json.field("emails", contact.emails)
      }
      json.array("warnings", release.warnings) { warning in
        json.field("line", warning.line)
        json.field("message", warning.message)
      }
    }
    return Data(json.bytes)
  }

  /// The mentions of `release` as `MentionRecord.encoded` stores them.
  static func encoded(_ release: Release) -> [(kind: MentionRecord.Kind, json: Data)] {
    let organisations = release.organisations.map { organisation in
      let json = JSONBytesOracle(escapingLikeJSONEncoder: true, capacity: 256)
      json.object {
        json.field("acronym", organisation.acronym)
        json.field("aliases", organisation.aliases)
        json.field("name", organisation.name)
      }
      return (MentionRecord.Kind.organisation, Data(json.bytes))
    }
    let contacts = release.contacts.map { contact in
      let json = JSONBytesOracle(escapingLikeJSONEncoder: true, capacity: 256)
      json.object {
        json.field("emails", contact.emails)
        json.field("name", contact.name)
        json.field("office", contact.office)
        json.array("phones", contact.phones) { phone in
          json.field("e164", phone.e164)
          json.field("label", phone.label)
          json.field("raw", phone.raw)
        }
      }
      return (MentionRecord.Kind.contact, Data(json.bytes))
    }
    return organisations + contacts
  }
}

/// `JSONBytes` as it was before it wrote into memory of its own (appending to an array, strings
/// scanned byte by byte, integers reversed in place): the oracle the new one is compared with.
final class JSONBytesOracle {
  private static let hexDigits = Array("0123456789abcdef".utf8)
  /// Whether strings are escaped exactly as `JSONEncoder` escapes them (`/` as `\/`, and
  /// backspace, form feed and carriage return by their short forms), for JSON compared as text.
  private let escapesLikeJSONEncoder: Bool
  /// The JSON so far. Exclusivity is not checked at run time: only this class, on one thread,
  /// reaches it, one access at a time, and the checks were a third of the writing.
  @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
  @exclusivity(unchecked) private var needsComma = false

  /// An empty buffer; `escapingLikeJSONEncoder` as `escapesLikeJSONEncoder`.
  init(escapingLikeJSONEncoder: Bool = false, capacity: Int = 16_384) {
    escapesLikeJSONEncoder = escapingLikeJSONEncoder
    bytes.reserveCapacity(capacity)
  }

  /// An object whose fields `body` writes.
  func object(_ body: () -> Void) {
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
    body()
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// A field holding an array of objects, each written by `body`.
  func array<Element>(_ name: StaticString, _ elements: [Element], _ body: (Element) -> Void) {
    key(name)
    bytes.append(UInt8(ascii: "["))
    needsComma = false
    for (index, element) in elements.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      object { body(element) }
    }
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// A field holding an array of strings.
  func field(_ name: StaticString, _ values: [String]) {
    key(name)
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(value)
    }
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// A string field, left out when nil.
  func field(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    key(name)
    string(value)
    needsComma = true
  }

  /// An integer field, left out when nil.
  func field(_ name: StaticString, _ value: Int?) {
    guard let value else { return }
    key(name)
    integer(value)
    needsComma = true
  }

  /// A field's name, quoted, and its colon, after a comma when a value came before (names are
  /// plain ASCII literals: nothing to escape).
  func key(_ name: StaticString) {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  /// `value` in decimal, as `String(value)` spells it.
  private func integer(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let first = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[first...].reverse()
  }

  /// `text` quoted, with quotes, backslashes and control characters escaped; the runs in
  /// between copied whole.
  private func string(_ text: String) {
    var text = text
    bytes.append(UInt8(ascii: "\""))
    text.withUTF8 { utf8 in
      var start = 0
      for (offset, byte) in utf8.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        || (byte == UInt8(ascii: "/") && escapesLikeJSONEncoder)
      {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset]))
        escape(byte)
        start = offset + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
      bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
    case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
    case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
    case 0x08 where escapesLikeJSONEncoder:
      bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
    case 0x0C where escapesLikeJSONEncoder:
      bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
    case UInt8(ascii: "\r") where escapesLikeJSONEncoder:
      bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
    default:
      bytes.append(contentsOf: [
        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
        Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)],
      ])
    }
  }
}
