import CommuniqueCore
import Foundation
import GRDB

/// One distinct organisation or contact named in the cached releases, as JSON, stored once
/// however many releases name it (the `releaseMention` table says which do): gathering the
/// directory then decodes each once, not once per release.
struct MentionRecord: Codable, FetchableRecord, TableRecord {
  static let databaseTableName = "mention"

  /// The row's id.
  var id: Int64
  /// Whether `json` holds an organisation or a contact.
  var kind: Kind
  /// The organisation (without its mention count) or the contact, JSON with sorted keys, so
  /// that equal values are equal text.
  var json: Data

  /// What a mention is.
  enum Kind: String, Codable, Sendable {
    /// A partner organisation.
    case organisation
    /// A press contact.
    case contact

    /// The kind of the mentions that make a part of the directory.
    init(_ part: DirectoryPart) {
      switch part {
      case .partners: self = .organisation
      case .contacts: self = .contact
      }
    }
  }

  /// A decoded mention.
  enum Value: Sendable {
    /// A partner organisation (its mention count left at 1).
    case organisation(Organisation)
    /// A press contact.
    case contact(Contact)
  }

  /// What identifies an organisation in the directory: its mention count left out.
  private struct OrganisationShape: Codable {
    var name: String
    var acronym: String?
    var aliases: [String]
  }

  /// The organisations then the contacts of `release`, in order, as stored: each kind with
  /// its JSON as `JSONEncoder` with sorted keys writes it (so that equal values are equal text,
  /// and text written before matches), an organisation without its mention count.
  static func encoded(_ release: Release) -> [(kind: Kind, json: Data)] {
    let organisations = release.organisations.map { organisation in
      let json = JSONBytes(escapingLikeJSONEncoder: true, capacity: 256)
      json.object {
        json.field("acronym", organisation.acronym)
        json.field("aliases", organisation.aliases)
        json.field("name", organisation.name)
      }
      return (Kind.organisation, json.data)
    }
    let contacts = release.contacts.map { contact in
      let json = JSONBytes(escapingLikeJSONEncoder: true, capacity: 256)
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
      return (Kind.contact, json.data)
    }
    return organisations + contacts
  }

  /// Stores `mentions` (see `encoded`) as those of the release cached at `rowid`, in order,
  /// each distinct one once; `known` holds the ids of those stored before.
  static func store(
    _ mentions: [(kind: Kind, json: Data)], rowid: Int64, known: inout MentionIDs,
    in db: Database
  ) throws {
    let link = try db.cachedStatement(
      sql: "INSERT INTO releaseMention(release, position, mention) VALUES (?, ?, ?)")
    for (position, (kind, json)) in mentions.enumerated() {
      let mention = try known.id(of: kind, json: json) { try id(of: kind, json: json, in: db) }
      try link.execute(arguments: [rowid, position, mention])
    }
  }

  /// The id of a mention, stored first if it is new.
  private static func id(of kind: Kind, json: Data, in db: Database) throws -> Int64 {
    let find = try db.cachedStatement(sql: "SELECT id FROM mention WHERE kind = ? AND json = ?")
    if let id = try Int64.fetchOne(find, arguments: [kind.rawValue, json]) { return id }
    try db.cachedStatement(sql: "INSERT INTO mention(kind, json) VALUES (?, ?)")
      .execute(arguments: [kind.rawValue, json])
    return db.lastInsertedRowID
  }

  /// Every stored mention of these kinds, decoded on every core, by id (one that cannot be
  /// decoded is left out).
  static func all(_ kinds: Set<Kind>, in db: Database) throws -> [Int64: Value] {
    let records = try MentionRecord.filter(kinds.map(\.rawValue).contains(Column("kind")))
      .fetchAll(db)
    let values = records.parallelMap { record in try? record.value() }
    var byID: [Int64: Value] = [:]
    byID.reserveCapacity(records.count)
    for (record, value) in zip(records, values) { byID[record.id] = value }
    return byID
  }

  /// Removes the mentions no cached release names any more.
  static func deleteUnused(in db: Database) throws {
    try db.execute(
      sql: "DELETE FROM mention WHERE id NOT IN (SELECT mention FROM releaseMention)")
  }

  /// The organisation or contact.
  func value() throws -> Value {
    let decoder = JSONDecoder()
    switch kind {
    case .organisation:
      let shape = try decoder.decode(OrganisationShape.self, from: json)
      return .organisation(
        Organisation(name: shape.name, acronym: shape.acronym, aliases: shape.aliases))
    case .contact:
      return .contact(try decoder.decode(Contact.self, from: json))
    }
  }
}
