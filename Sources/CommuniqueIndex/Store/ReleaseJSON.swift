import CommuniqueCore
import Foundation

/// A release as the cache stores it: JSON with the keys `JSONEncoder` gives it (a nil value left
/// out), which `JSONDecoder` reads back as the same release, written by hand into one buffer:
/// Foundation's encoder, going through `Codable` value by value, was the largest cost of the
/// index build after the parser.
enum ReleaseJSON {
  /// The JSON of `release`.
  static func encode(_ release: Release) -> Data {
    let json = JSONBytes()
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
    return json.data
  }
}
